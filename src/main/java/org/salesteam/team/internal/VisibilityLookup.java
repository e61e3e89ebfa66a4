package org.salesteam.team.internal;

import java.util.List;

import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link Visibility#decide} with the members of the teams a manager leads and the
 * customers whose account team the user is on, read fresh on every call so a change of
 * team takes effect at once.
 */
@Component
class VisibilityLookup implements VisibilityPolicy {

	private final JdbcClient jdbc;

	VisibilityLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Visibility of(UserPrincipal user) {
		List<Long> managed = user.hasRole(Role.MANAGER) ? this.jdbc.sql("""
				select u.id from app_user u join sales_team t on t.id = u.team_id
				where t.manager_id = :manager and t.active = true
				""").param("manager", user.id()).query(Long.class).list() : List.of();
		List<Long> accounts = this.jdbc.sql("select customer_id from account_team_member where user_id = :user")
			.param("user", user.id())
			.query(Long.class)
			.list();
		return Visibility.decide(user.roles(), user.id(), managed, accounts);
	}

}
