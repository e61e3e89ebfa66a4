package org.salesteam.team.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.salesteam.platform.UserNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The users' display names for the platform (the audit trail's display). */
@Component
class UserDisplayNames implements UserNames {

	private final JdbcClient jdbc;

	UserDisplayNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select id, display_name from app_user where id in (:ids)").param("ids", ids).query((rs) -> {
			names.put(rs.getLong("id"), rs.getString("display_name"));
		});
		return names;
	}

}
