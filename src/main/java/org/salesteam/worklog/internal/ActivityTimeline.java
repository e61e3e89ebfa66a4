package org.salesteam.worklog.internal;

import java.util.ArrayList;
import java.util.List;

import org.salesteam.platform.CustomerTimeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer's other activities on the customer 360 timeline: one line per activity,
 * its text by kind ({@code worklog.timeline.<TYPE>}: who, how long, the outcome).
 */
@Component
class ActivityTimeline implements CustomerTimeline {

	private final JdbcClient jdbc;

	ActivityTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Entry> entries(long customerId, int limit) {
		return this.jdbc.sql("""
				select a.activity_date, a.activity_type, u.display_name, a.duration_minutes, a.outcome
				from activity_log a join app_user u on u.id = a.owner_id
				where a.customer_id = :customer
				order by a.activity_date desc, a.id desc
				limit :limit
				""").param("customer", customerId).param("limit", Math.max(0, limit)).query((rs, row) -> {
			List<Object> args = new ArrayList<>();
			args.add(rs.getString(3));
			args.add(rs.getInt(4));
			args.add((rs.getString(5) != null) ? rs.getString(5) : "");
			return new Entry(rs.getDate(1).toLocalDate(), "activity", "worklog.timeline." + rs.getString(2), args,
					"/activities?customerId=" + customerId);
		}).list();
	}

}
