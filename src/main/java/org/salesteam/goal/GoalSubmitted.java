package org.salesteam.goal;

import java.time.Instant;

/**
 * A goal was handed to the superior for approval; published in the submitting
 * transaction.
 *
 * @param ownerId the rep of a rep goal, else null
 * @param teamId the team of a team goal, else null
 * @param period e.g. {@code 2030-03}, {@code 2030-Q1}
 */
public record GoalSubmitted(long goalId, GoalType type, Long ownerId, Long teamId, String period, long submittedBy,
		Instant at) {

}
