package org.salesteam.visit;

/**
 * The weekly visit schedule's review: DRAFT (the rep is still planning) → SUBMITTED →
 * APPROVED, or RETURNED to the rep with a comment and submitted again.
 */
public enum VisitPlanStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED;

	public String messageKey() {
		return "visitPlan.status." + name();
	}

}
