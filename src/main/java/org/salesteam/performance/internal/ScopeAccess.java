package org.salesteam.performance.internal;

import org.salesteam.performance.KpiScope;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.stereotype.Component;

/**
 * Who may see which scope's figures: directors and admins every scope; a manager the
 * teams they manage and the reps they see (their teams' reps and themselves); a rep only
 * themselves; support staff none. Territories and the company are for directors and
 * admins. An unknown team or rep is simply not visible to those who may not see all.
 */
@Component
class ScopeAccess {

	private final TeamDirectory directory;

	private final VisibilityPolicy visibility;

	ScopeAccess(TeamDirectory directory, VisibilityPolicy visibility) {
		this.directory = directory;
		this.visibility = visibility;
	}

	boolean canView(UserPrincipal user, KpiScope scope) {
		if (user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			return true;
		}
		return switch (scope.kind()) {
			case COMPANY, TERRITORY -> false;
			case TEAM -> user.hasRole(Role.MANAGER) && this.directory.teamsManagedBy(user.id())
				.stream()
				.anyMatch((team) -> team.id() == scope.teamId());
			case REP -> user.hasAnyRole(Role.REP, Role.MANAGER) && this.directory.findMemberByUsername(scope.key())
				.filter((member) -> this.visibility.of(user).canSee(member.id()))
				.isPresent();
		};
	}

}
