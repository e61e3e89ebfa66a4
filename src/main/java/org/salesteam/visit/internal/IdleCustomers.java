package org.salesteam.visit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A rep's customers (not lost) without a completed visit for {@link WeekPlans#IDLE_DAYS}
 * days up to a day, never visited first; a customer never visited counts from the day it
 * was created.
 */
@Component
class IdleCustomers {

	private final JdbcClient jdbc;

	private final Clock clock;

	IdleCustomers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<WeekSchedule.Idle> of(long repId, LocalDate asOf) {
		LocalDate idleSince = asOf.minusDays(WeekPlans.IDLE_DAYS);
		return this.jdbc.sql("""
				select c.id, c.name, c.customer_class, max(v.visit_date) as last_visit
				from customer c
				left join visit v on v.customer_id = c.id and v.status = 'COMPLETED' and v.visit_date <= :asOf
				where c.owner_id = :rep and c.status <> 'LOST'
				group by c.id, c.name, c.customer_class, c.created_at
				having (max(v.visit_date) is null and c.created_at < :sinceStart) or max(v.visit_date) < :since
				order by max(v.visit_date) nulls first, c.customer_class, c.name
				""")
			.param("asOf", asOf)
			.param("rep", repId)
			.param("since", idleSince)
			.param("sinceStart", idleSince.atStartOfDay(this.clock.getZone()).toOffsetDateTime())
			.query((rs, n) -> new WeekSchedule.Idle(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

}
