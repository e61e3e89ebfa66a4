package org.salesteam.team.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;

import org.salesteam.platform.PrincipalSource;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.User;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security layer's view of users: sign-in lookups, and the per-request check of
 * rights ({@link PrincipalSource}). A locked or deactivated account is returned as such
 * so that Spring Security refuses it before the password is even compared.
 */
@Service
@Transactional(readOnly = true)
class UserAccounts implements UserDetailsService, PrincipalSource {

	private final UserRepository users;

	private final JdbcClient jdbc;

	private final Clock clock;

	UserAccounts(UserRepository users, JdbcClient jdbc, Clock clock) {
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsernameIgnoreCase(username)
			.map(this::toPrincipal)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

	@Override
	public OptionalInt activeAuthVersion(long userId) {
		return this.jdbc.sql("select auth_version from app_user where id = :id and active = true")
			.param("id", userId)
			.query(Integer.class)
			.optional()
			.map(OptionalInt::of)
			.orElse(OptionalInt.empty());
	}

	@Override
	public Optional<UserPrincipal> reload(long userId) {
		return this.users.findById(userId).filter(User::isActive).map(this::toPrincipal);
	}

	@Override
	public Optional<UserPrincipal> findActive(String username) {
		return this.users.findByUsernameIgnoreCase(username).filter(User::isActive).map(this::toPrincipal);
	}

	UserPrincipal toPrincipal(User user) {
		return new UserPrincipal(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
				user.getRoles(), user.getLocale(), user.getAuthVersion(), user.isActive(),
				user.isLockedAt(this.clock.instant()));
	}

}
