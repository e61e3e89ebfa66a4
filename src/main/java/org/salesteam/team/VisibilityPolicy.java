package org.salesteam.team;

import org.salesteam.platform.UserPrincipal;

/**
 * Looks up what {@link Visibility#decide} needs for a user. Modules call {@link #of} once
 * per request and bind the result into their queries.
 */
public interface VisibilityPolicy {

	Visibility of(UserPrincipal user);

}
