package org.salesteam.goal.web;

import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalProgress;

/**
 * A goal on a page: the goal, its scope's name, its progress and what the user may do
 * with it.
 */
record GoalPages(Goal goal, String scopeName, GoalProgress progress, boolean mayEdit, boolean mayApprove,
		boolean mayAllocate) {

	/**
	 * Per cent (0–100) of the attained bar, capped at 100; full when the target is met (a
	 * cost of 0 against a ceiling has no ratio), otherwise 0 when undefined.
	 */
	public int attainedBar() {
		if (Boolean.TRUE.equals(this.progress.targetMet())) {
			return 100;
		}
		return bar(this.progress.attained());
	}

	/** Per cent (0–100) of the expected-by-now bar. */
	public int expectedBar() {
		return bar(this.progress.expected());
	}

	private static int bar(java.math.BigDecimal fraction) {
		if (fraction == null) {
			return 0;
		}
		return Math.max(0, Math.min(100, fraction.movePointRight(2).intValue()));
	}

}
