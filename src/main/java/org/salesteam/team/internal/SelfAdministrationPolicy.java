package org.salesteam.team.internal;

import java.util.Set;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;

/**
 * An admin cannot lock themselves out: they may neither deactivate their own account nor
 * take the ADMIN role away from it. Another admin can.
 */
final class SelfAdministrationPolicy {

	private SelfAdministrationPolicy() {
	}

	static void checkRoles(long actorId, long targetId, Set<Role> newRoles) {
		if (actorId == targetId && !newRoles.contains(Role.ADMIN)) {
			throw BusinessRuleException.onField("roles", "user.rule.keepOwnAdmin");
		}
	}

	static void checkDeactivation(long actorId, long targetId) {
		if (actorId == targetId) {
			throw new BusinessRuleException("user.rule.noSelfDeactivation");
		}
	}

}
