package org.salesteam.coaching.internal;

/**
 * What one step records (the API body of {@code POST …/steps/{step}}); each step reads
 * its own fields and ignores the rest.
 * <ul>
 * <li>OBJECTIVE: {@code objective} (required).</li>
 * <li>PLAN: {@code actionPlan} and {@code rationale} (required).</li>
 * <li>OBSERVE (the coach only): {@code observations} (required), {@code whyQuestions};
 * {@code coachSold} records the session as a joint call, not coaching.</li>
 * <li>DEBRIEF, the three phases: {@code feelings}, {@code whatHappened},
 * {@code buyerWhy}; the model's five points: {@code wentBest}, {@code toImprove},
 * {@code coachObservations} (only if necessary), {@code problems}, {@code repSolutions},
 * {@code suggestions} (only when the rep found no solution), {@code practice}.</li>
 * <li>REVIEW: {@code nextObjective} and {@code nextPlan} (required), {@code repeat}.</li>
 * </ul>
 */
public record StepFields(String objective, String actionPlan, String rationale, String observations,
		String whyQuestions, Boolean coachSold, String feelings, String whatHappened, String buyerWhy, String wentBest,
		String toImprove, String coachObservations, String problems, String repSolutions, String suggestions,
		String practice, String nextObjective, String nextPlan, Boolean repeat) {

	/** Nothing filled in (a page's empty form). */
	public static StepFields none() {
		return new StepFields(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
	}

}
