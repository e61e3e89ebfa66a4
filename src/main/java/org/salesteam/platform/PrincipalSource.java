package org.salesteam.platform;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the security layer looks users up; implemented by the module that owns users.
 * Kept here so that the platform depends on no business module.
 */
public interface PrincipalSource {

	/**
	 * The current authorisation version of an active user, or empty when the user is gone
	 * or deactivated. Called on every authenticated request, so it must be a single
	 * indexed lookup.
	 */
	OptionalInt activeAuthVersion(long userId);

	/** The user as they are now, for refreshing a session after their roles changed. */
	Optional<UserPrincipal> reload(long userId);

	/** The user as they are now, by user name; empty if unknown or deactivated. */
	Optional<UserPrincipal> findActive(String username);

}
