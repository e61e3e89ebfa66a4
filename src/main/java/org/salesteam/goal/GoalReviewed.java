package org.salesteam.goal;

import java.time.Instant;

/**
 * The superior approved a submitted goal or sent it back with a comment; published in the
 * reviewing transaction.
 *
 * @param ownerId the rep of a rep goal, else null
 * @param comment the reviewer's comment (required when sent back)
 */
public record GoalReviewed(long goalId, GoalType type, Long ownerId, Long teamId, String period, boolean approved,
		String comment, long reviewerId, Instant at) {

}
