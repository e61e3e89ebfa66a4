package org.salesteam.support;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Account-team memberships for tests on the shared demo company: added by username, and
 * removed again for exactly those users so the demo's own teams stay.
 */
public final class AccountTeams {

	private AccountTeams() {
	}

	public static void add(JdbcClient jdbc, long customerId, String username, String role) {
		jdbc.sql("""
				insert into account_team_member (customer_id, user_id, team_role, added_on)
				select :customer, id, :role, :on from app_user where username = :username
				""")
			.param("customer", customerId)
			.param("username", username)
			.param("role", role)
			.param("on", LocalDate.of(2026, 1, 1))
			.update();
	}

	public static void removeFor(JdbcClient jdbc, String... usernames) {
		jdbc.sql(
				"delete from account_team_member where user_id in (select id from app_user where username in (:names))")
			.param("names", java.util.List.of(usernames))
			.update();
	}

}
