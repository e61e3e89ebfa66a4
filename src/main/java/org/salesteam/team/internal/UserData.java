package org.salesteam.team.internal;

import java.util.Locale;
import java.util.Set;

import org.salesteam.platform.Role;

/**
 * What an admin may set on a user besides the user name and password.
 *
 * @param teamId the team of a rep, or null
 * @param territoryIds the territories the user covers (may be empty)
 */
public record UserData(String displayName, String email, Set<Role> roles, Long teamId, Set<Long> territoryIds,
		Locale locale) {

	public UserData {
		roles = Set.copyOf(roles);
		territoryIds = (territoryIds != null) ? Set.copyOf(territoryIds) : Set.of();
		email = (email == null || email.isBlank()) ? null : email.trim();
		displayName = (displayName != null) ? displayName.trim() : null;
	}

}
