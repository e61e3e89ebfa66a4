package org.salesteam.visit.internal;

import java.util.List;

import org.salesteam.platform.CustomerTimeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer 360 timeline's visits: completed ones with their result, missed ones as a
 * warning. The caller has checked the customer's visibility.
 */
@Component
class VisitTimeline implements CustomerTimeline {

	private final JdbcClient jdbc;

	VisitTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Entry> entries(long customerId, int limit) {
		return this.jdbc.sql("""
				select v.id, v.visit_date, v.status, u.display_name, v.result, v.objective
				from visit v join app_user u on u.id = v.rep_id
				where v.customer_id = :customer and v.status in ('COMPLETED', 'MISSED')
				order by v.visit_date desc, v.id desc
				limit :limit
				""").param("customer", customerId).param("limit", Math.max(0, limit)).query((rs, n) -> {
			boolean done = "COMPLETED".equals(rs.getString(3));
			return new Entry(rs.getObject(2, java.time.LocalDate.class), "visit",
					done ? "visit.timeline.completed" : "visit.timeline.missed",
					List.of(rs.getString(4), done ? rs.getString(5) : rs.getString(6)), "/visits/" + rs.getLong(1));
		}).list();
	}

}
