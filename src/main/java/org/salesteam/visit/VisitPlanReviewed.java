package org.salesteam.visit;

import java.time.Instant;

/**
 * The rep's superior approved a weekly visit schedule or returned it with a comment;
 * published in the reviewing transaction.
 *
 * @param decision {@link VisitPlanStatus#APPROVED} or {@link VisitPlanStatus#RETURNED}
 * @param comment the reviewer's comment, required when returned, else possibly null
 */
public record VisitPlanReviewed(long planId, long repId, String repUsername, String isoWeek, VisitPlanStatus decision,
		String comment, long reviewerId, Instant reviewedAt) {

}
