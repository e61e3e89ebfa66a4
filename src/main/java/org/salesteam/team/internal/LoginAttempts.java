package org.salesteam.team.internal;

import java.time.Clock;

import org.salesteam.platform.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@code salesteam.security.lockout-duration} (15 minutes) after
 * {@code max-failed-logins} (5) wrong passwords in a row. While locked even the right
 * password is refused, with the same generic message as a wrong one. Unknown user names
 * are not tracked (nothing to lock).
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final UserRepository users;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginAttempts(UserRepository users, SecurityProperties properties, Clock clock) {
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		this.users.findByUsernameIgnoreCase(username).ifPresent((user) -> {
			user.recordFailedLogin(this.clock.instant(), this.properties.maxFailedLogins(),
					this.properties.lockoutDuration());
			if (user.isLockedAt(this.clock.instant())) {
				log.warn("Account {} locked until {} after {} failed logins", user.getUsername(), user.getLockedUntil(),
						user.getFailedLogins());
			}
		});
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof org.salesteam.platform.UserPrincipal principal) {
			this.users.findById(principal.id()).ifPresent((user) -> {
				if (user.getFailedLogins() > 0 || user.getLockedUntil() != null) {
					user.recordSuccessfulLogin();
				}
			});
		}
	}

}
