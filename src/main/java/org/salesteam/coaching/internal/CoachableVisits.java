package org.salesteam.coaching.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visits a coach may start a session on: planned or done visits of the reps they may
 * coach, from two weeks back to four weeks ahead, not coached yet — the coming ones
 * first, soonest first, then the latest done.
 */
@Component
public class CoachableVisits {

	/** A visit to choose. */
	public record Choice(long visitId, String repUsername, String repName, String customerName, LocalDateTime plannedAt,
			String status, String objective) {
	}

	private final JdbcClient jdbc;

	private final CoachingAccess access;

	CoachableVisits(JdbcClient jdbc, CoachingAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public List<Choice> forCoach(UserPrincipal user, LocalDate today) {
		List<Long> reps = this.access.coachable(user).stream().map(TeamDirectory.Member::id).toList();
		if (reps.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select v.id as visit_id, u.username as rep_username, u.display_name as rep_name, c.name as customer_name,
					  v.planned_at, v.status, v.objective
					from visit v join app_user u on u.id = v.rep_id join customer c on c.id = v.customer_id
					where v.rep_id in (:reps) and v.status in ('PLANNED', 'COMPLETED')
					  and v.visit_date between :from and :to
					  and not exists (select 1 from coaching_session s where s.visit_id = v.id)
					order by case when v.visit_date >= :today then 0 else 1 end,
					  case when v.visit_date >= :today then v.planned_at end, v.planned_at desc limit 200""")
			.param("reps", reps)
			.param("from", today.minusWeeks(2))
			.param("to", today.plusWeeks(4))
			.param("today", today)
			.query(Choice.class)
			.list();
	}

}
