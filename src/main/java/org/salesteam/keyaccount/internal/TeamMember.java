package org.salesteam.keyaccount.internal;

import java.time.LocalDate;

/** One member of an account team, with their name, role, RACI, duty and since when. */
public record TeamMember(long userId, String username, String name, TeamRole role, Raci raci, String duty,
		LocalDate addedOn) {

	/** How the audit trail shows the member. */
	String audited() {
		return this.username + ":" + this.role + ((this.raci != null) ? "/" + this.raci : "")
				+ ((this.duty != null) ? " " + this.duty : "");
	}

}
