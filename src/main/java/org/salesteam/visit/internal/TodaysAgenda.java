package org.salesteam.visit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;
import org.salesteam.visit.TodaysVisits;
import org.salesteam.visit.VisitStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link TodaysVisits} in SQL: the user's own visits, within what they may see. */
@Component
class TodaysAgenda implements TodaysVisits {

	private static final int LISTED = 20;

	private static final String OPEN_FOLLOW_UP = "v.previous_visit_id is not null and v.status in ('PLANNED', 'MISSED')";

	private final JdbcClient jdbc;

	private final VisitAccess access;

	private final Clock clock;

	TodaysAgenda(JdbcClient jdbc, VisitAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public Today of(UserPrincipal user) {
		LocalDate today = LocalDate.now(this.clock);
		Visibility.Where visible = this.access.visits(user);
		List<Item> visits = items(visible, user.id(), today, """
				v.visit_date = :today and v.status <> 'CANCELLED' and not (%s)
				order by v.planned_at, v.id
				""".formatted(OPEN_FOLLOW_UP));
		List<Item> followUps = items(visible, user.id(), today, """
				v.visit_date <= :today and %s
				order by v.visit_date, v.planned_at, v.id
				""".formatted(OPEN_FOLLOW_UP));
		return new Today(today, visits, followUps);
	}

	@Override
	public List<Item> followUpsDueOn(UserPrincipal user, LocalDate date) {
		return items(this.access.visits(user), user.id(), date, """
				v.visit_date = :today and %s
				order by v.planned_at, v.id
				""".formatted(OPEN_FOLLOW_UP));
	}

	private List<Item> items(Visibility.Where visible, long repId, LocalDate today, String condition) {
		return this.jdbc.sql("""
				select v.id, v.customer_id, c.name, v.planned_at, v.visit_date, v.objective, v.status
				from visit v join customer c on c.id = v.customer_id
				where %s and v.rep_id = :rep and %s
				limit %d
				""".formatted(visible.sql(), condition, LISTED))
			.params(visible.params())
			.param("rep", repId)
			.param("today", today)
			.query((rs, n) -> {
				LocalDate date = rs.getObject(5, LocalDate.class);
				return new Item(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime(),
						date, rs.getString(6), VisitStatus.valueOf(rs.getString(7)), date.isBefore(today));
			})
			.list();
	}

}
