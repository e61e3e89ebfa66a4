package org.salesteam.platform;

import java.util.Optional;

/**
 * Verifies a bearer token presented on {@code /api/v1/**}; implemented by the module that
 * issues tokens.
 */
public interface ApiTokenVerifier {

	/**
	 * The active user the token belongs to, or empty for an unknown, expired or revoked
	 * token.
	 */
	Optional<UserPrincipal> verify(String rawToken);

}
