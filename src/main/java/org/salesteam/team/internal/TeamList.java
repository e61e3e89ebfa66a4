package org.salesteam.team.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The admin's list of sales teams with manager, segment and number of active members. */
@Component
public class TeamList {

	public record Row(long id, String name, Long managerId, String managerName, Long segmentId, String segmentName,
			int memberCount, boolean active) {
	}

	private final JdbcClient jdbc;

	TeamList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> all() {
		return this.jdbc.sql("""
				select t.id, t.name, t.manager_id, m.display_name as manager_name, t.segment_id,
				       s.name as segment_name,
				       (select count(*) from app_user u where u.team_id = t.id and u.active = true) as member_count,
				       t.active
				from sales_team t
				left join app_user m on m.id = t.manager_id
				left join market_segment s on s.id = t.segment_id
				order by t.name
				""").query(Row.class).list();
	}

}
