package org.salesteam.keyaccount.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account teams ({@code account_team_member}, V85 and V142) in plain SQL. The table
 * is the data of the visibility rule (ADR 0022): a member reads the account. Callers
 * check the user's rights and validate before they write.
 */
@Component
class TeamRows {

	/** What the key-account manager owns: the key accounts they manage. */
	static final String MANAGED_KEY_ACCOUNTS = """
			from customer c left join account_team_member m
			  on m.customer_id = c.id and m.team_role = 'KEY_ACCOUNT_MANAGER'
			where c.key_account = true""";

	private final JdbcClient jdbc;

	TeamRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<TeamMember> members(long customerId) {
		return this.jdbc.sql("""
				select m.user_id, u.username, u.display_name, m.team_role, m.raci, m.duty, m.added_on
				from account_team_member m join app_user u on u.id = m.user_id
				where m.customer_id = :c order by case when m.team_role = 'KEY_ACCOUNT_MANAGER' then 0 else 1 end,
				m.team_role, u.username""")
			.param("c", customerId)
			.query((rs, row) -> new TeamMember(rs.getLong(1), rs.getString(2), rs.getString(3),
					TeamRole.valueOf(rs.getString(4)), (rs.getString(5) != null) ? Raci.valueOf(rs.getString(5)) : null,
					rs.getString(6), rs.getObject(7, LocalDate.class)))
			.list();
	}

	/**
	 * Replaces the team; a member who stays keeps the day they joined, a new one joins
	 * {@code today}.
	 */
	void replace(long customerId, List<TeamMember> members, LocalDate today) {
		Map<Long, LocalDate> since = new HashMap<>();
		members(customerId).forEach((m) -> since.put(m.userId(), m.addedOn()));
		this.jdbc.sql("delete from account_team_member where customer_id = :c").param("c", customerId).update();
		for (TeamMember member : members) {
			this.jdbc.sql("""
					insert into account_team_member (customer_id, user_id, team_role, raci, duty, added_on)
					values (:c, :u, :role, :raci, :duty, :on)""")
				.param("c", customerId)
				.param("u", member.userId())
				.param("role", member.role().name())
				.param("raci", (member.raci() != null) ? member.raci().name() : null)
				.param("duty", member.duty())
				.param("on", since.getOrDefault(member.userId(), today))
				.update();
		}
	}

	/** Whether the user is the account's key-account manager on its team. */
	boolean isKeyAccountManager(long customerId, long userId) {
		return this.jdbc.sql("""
				select count(*) from account_team_member
				where customer_id = :c and user_id = :u and team_role = 'KEY_ACCOUNT_MANAGER'""")
			.param("c", customerId)
			.param("u", userId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * How many key accounts the user manages: those whose team names them key-account
	 * manager, and those they own whose team names none (ADR 0022).
	 */
	int keyAccountsManagedBy(long userId) {
		return this.jdbc.sql("select count(*) " + MANAGED_KEY_ACCOUNTS + " and coalesce(m.user_id, c.owner_id) = :u")
			.param("u", userId)
			.query(Long.class)
			.single()
			.intValue();
	}

}
