package org.salesteam.coaching;

/**
 * The handbook's five coaching steps in their order, and {@link #DONE} once reviewed: ①
 * the visit objective (设定访问目标) ② the rep's written action plan and its rationale ③ the
 * coach observes without taking part ④ the debrief in three phases ⑤ the review, in which
 * the rep writes the goal and plan for next time.
 */
public enum CoachingStep {

	OBJECTIVE, PLAN, OBSERVE, DEBRIEF, REVIEW, DONE;

	/** The step after this one ({@link #DONE} stays done). */
	public CoachingStep next() {
		return (this == DONE) ? DONE : values()[ordinal() + 1];
	}

}
