package org.salesteam.motivation;

/**
 * The lifecycle of a contest. Only DRAFT is a decision (not launched yet); the others
 * follow from the dates and the clock: SCHEDULED before the window, RUNNING inside it,
 * CLOSING during the grace days after it (late entries, cancellations), FINAL once the
 * results stand, EVALUATED once the window after the contest (as long as the contest) is
 * over, so that its effect can be measured.
 */
public enum ContestStatus {

	DRAFT, SCHEDULED, RUNNING, CLOSING, FINAL, EVALUATED;

	/** Whether rules, scoring and participants are frozen. */
	public boolean frozen() {
		return this != DRAFT;
	}

}
