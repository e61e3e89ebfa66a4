package org.salesteam.visit.internal;

import java.util.List;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Choices for the visit pages, limited to what the user can see: customers and reps. */
@Component
public class VisitChoices {

	/** An id with its name. */
	public record Choice(long id, String name) {
	}

	private final JdbcClient jdbc;

	private final VisitAccess access;

	VisitChoices(JdbcClient jdbc, VisitAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The customers the user sees (not lost), by name. */
	public List<Choice> customers(UserPrincipal user) {
		return visible(user, "select id, name from customer where status <> 'LOST'", "owner_id", "name");
	}

	/**
	 * The open opportunities (not won or lost) of a customer the user sees (404
	 * otherwise), by name; {@code linked} is listed too whatever its stage, so that a
	 * form keeps the visit's current link.
	 */
	public List<Choice> openOpportunities(UserPrincipal user, long customerId, Long linked) {
		this.access.customer(user, customerId);
		return this.jdbc.sql("""
				select id, name from opportunity
				where customer_id = :customer and (stage not in ('WON', 'LOST') or id = :linked)
				order by name, id
				""")
			.param("customer", customerId)
			.param("linked", (linked != null) ? linked : -1L)
			.query((rs, row) -> new Choice(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The active reps and managers whose visits the user sees. */
	public List<Choice> reps(UserPrincipal user) {
		return visible(user, """
				select distinct u.id, u.display_name as name, u.username from app_user u
				join app_user_role r on r.user_id = u.id and r.role in ('REP', 'MANAGER')
				where u.active = true""", "u.id", "u.username");
	}

	private List<Choice> visible(UserPrincipal user, String select, String ownerColumn, String order) {
		Visibility.Where visible = this.access.byOwner(user, ownerColumn);
		String sql = select + " and " + visible.sql() + " order by " + order;
		return visible.bind(this.jdbc.sql(sql)).query((rs, row) -> new Choice(rs.getLong(1), rs.getString(2))).list();
	}

}
