package org.salesteam.worklog.internal;

import java.util.List;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Choices for the work-log pages, limited to what the user can see. */
@Component
public class WorklogChoices {

	/** An id with its name; {@code key} is the username for people. */
	public record Choice(long id, String name, String key) {
	}

	private final JdbcClient jdbc;

	private final WorklogAccess access;

	WorklogChoices(JdbcClient jdbc, WorklogAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The customers the user sees (not lost), by name. */
	public List<Choice> customers(UserPrincipal user) {
		Visibility.Where visible = this.access.byOwner(user, "owner_id");
		String sql = "select id, name, code from customer where status <> 'LOST' and " + visible.sql()
				+ " order by name";
		return visible.bind(this.jdbc.sql(sql))
			.query((rs, row) -> new Choice(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * The reps, managers and directors whose work the user sees (themselves included).
	 */
	public List<Choice> workers(UserPrincipal user) {
		return this.access.visibleWorkers(user, false)
			.stream()
			.map((m) -> new Choice(m.id(), m.displayName(), m.username()))
			.toList();
	}

	/** The managers and directors whose week the user sees. */
	public List<Choice> managers(UserPrincipal user) {
		return this.access.visibleWorkers(user, true)
			.stream()
			.map((m) -> new Choice(m.id(), m.displayName(), m.username()))
			.toList();
	}

}
