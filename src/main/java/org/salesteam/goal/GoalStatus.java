package org.salesteam.goal;

/** DRAFT → SUBMITTED → APPROVED, or back from SUBMITTED to DRAFT with a comment. */
public enum GoalStatus {

	DRAFT, SUBMITTED, APPROVED

}
