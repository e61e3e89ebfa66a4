package org.salesteam.visit.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	/**
	 * The contacts of a customer the user sees (404 otherwise), the decision makers and
	 * most influential first, named with their title: what a visit can be linked to.
	 */
	public List<Choice> contacts(UserPrincipal user, long customerId) {
		this.access.customer(user, customerId);
		return this.jdbc
			.sql("select id, name, title from contact where customer_id = :customer"
					+ " order by case when buying_role = 'DECISION_MAKER' then 0 else 1 end, influence desc, name, id")
			.param("customer", customerId)
			.query((rs, row) -> new Choice(rs.getLong(1), withTitle(rs.getString(2), rs.getString(3))))
			.list();
	}

	/**
	 * The names of these contacts (with title), in the order given; unknown ids left out.
	 */
	public List<String> contactNames(Collection<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = new HashMap<>();
		this.jdbc.sql("select id, name, title from contact where id in (:ids)")
			.param("ids", contactIds)
			.query((rs, row) -> names.put(rs.getLong(1), withTitle(rs.getString(2), rs.getString(3))))
			.list();
		return contactIds.stream().filter(names::containsKey).map(names::get).toList();
	}

	private static String withTitle(String name, String title) {
		return (title != null && !title.isBlank()) ? name + "（" + title + "）" : name;
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
