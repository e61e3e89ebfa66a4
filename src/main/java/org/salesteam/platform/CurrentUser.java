package org.salesteam.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Access to the signed-in user for code that is not handed it by the web layer.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<UserPrincipal> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	/**
	 * The signed-in user; fails with an access-denied exception when nobody is signed in.
	 */
	public static UserPrincipal get() {
		return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("anonymous"));
	}

	public static Optional<String> username() {
		return find().map(UserPrincipal::getUsername);
	}

}
