package org.salesteam.visit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A visit was reported as done.
 *
 * @param minutes the duration from actual start to end; null when the visit was reported
 * without them (no measured duration: left out of the duration KPIs)
 * @param expensesTotal travel, meals, gifts and other expenses in CNY
 * @param customerWasProspect whether the customer was a prospect (潜在客户) at the time
 */
public record VisitCompleted(long visitId, long repId, long customerId, LocalDate date, Integer minutes,
		int presentationMinutes, VisitType type, BigDecimal expensesTotal, boolean customerWasProspect) {

}
