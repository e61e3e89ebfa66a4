package org.salesteam.visit;

import java.time.Instant;

/**
 * A rep handed in their weekly visit schedule (每周访问安排) for review; published in the
 * submitting transaction.
 *
 * @param isoWeek e.g. {@code 2030-W10}
 */
public record VisitPlanSubmitted(long planId, long repId, String repUsername, String isoWeek, Instant submittedAt) {

}
