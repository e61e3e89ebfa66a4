package org.salesteam.coaching.internal;

import org.salesteam.coaching.CoachingStep;

/**
 * A step recorded before an earlier one, or again: 409 naming the step the session
 * expects ({@link CoachingStep#DONE} when it is complete).
 */
public class StepOutOfOrderException extends RuntimeException {

	private final CoachingStep expected;

	private final CoachingStep asked;

	StepOutOfOrderException(CoachingStep expected, CoachingStep asked) {
		super("expected step " + expected + ", got " + asked);
		this.expected = expected;
		this.asked = asked;
	}

	public CoachingStep expected() {
		return this.expected;
	}

	public CoachingStep asked() {
		return this.asked;
	}

}
