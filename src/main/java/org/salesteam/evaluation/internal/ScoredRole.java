package org.salesteam.evaluation.internal;

import java.util.Locale;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;

/** The roles that are scored, each against its own template and its own peers. */
public enum ScoredRole {

	REP(Role.REP), MANAGER(Role.MANAGER);

	private final Role role;

	ScoredRole(Role role) {
		this.role = role;
	}

	public Role role() {
		return this.role;
	}

	/** Reads {@code REP} or {@code MANAGER} (any case); otherwise 422 on {@code role}. */
	public static ScoredRole parse(String text) {
		if (text != null) {
			for (ScoredRole candidate : values()) {
				if (candidate.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
					return candidate;
				}
			}
		}
		throw BusinessRuleException.onField("role", "evaluation.error.role");
	}

}
