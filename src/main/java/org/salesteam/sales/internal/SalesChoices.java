package org.salesteam.sales.internal;

import java.util.List;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Choices for the sales pages' filters and forms, limited to what the user can see: reps
 * (owners), customers, territories, products and their categories.
 */
@Component
public class SalesChoices {

	/** An id with its name. */
	public record Choice(long id, String name) {
	}

	private final JdbcClient jdbc;

	private final SalesAccess access;

	SalesChoices(JdbcClient jdbc, SalesAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The active reps and managers whose records the user sees. */
	public List<Choice> owners(UserPrincipal user) {
		Visibility.Where visible = this.access.byOwner(user, "u.id");
		String sql = """
				select distinct u.id, u.display_name as name, u.username from app_user u
				join app_user_role r on r.user_id = u.id and r.role in ('REP', 'MANAGER')
				where u.active = true
				""" + " and " + visible.sql() + " order by u.username";
		return visible.bind(this.jdbc.sql(sql)).query((rs, row) -> new Choice(rs.getLong(1), rs.getString(2))).list();
	}

	/** The customers the user sees (not lost), by name. */
	public List<Choice> customers(UserPrincipal user) {
		Visibility.Where visible = this.access.byOwner(user, "owner_id");
		String sql = "select id, name from customer where status <> 'LOST' and " + visible.sql() + " order by name";
		return visible.bind(this.jdbc.sql(sql)).query(Choice.class).list();
	}

	/** The product categories, in order. */
	public List<String> categories() {
		return this.jdbc.sql("select distinct category from product order by category").query(String.class).list();
	}

	/** The products, by code, named "code name". */
	public List<Choice> products() {
		return this.jdbc.sql("select id, code || ' ' || name as name from product order by code")
			.query(Choice.class)
			.list();
	}

	public List<Choice> territories() {
		return this.jdbc.sql("select id, name from territory where active = true order by code")
			.query(Choice.class)
			.list();
	}

}
