package org.salesteam.worklog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.salesteam.worklog.ActivityType;

/**
 * An activity as a page or the API hands it in; the rules are checked by the aggregate.
 */
public record ActivityInput(ActivityType type, LocalDate date, Long customerId, Integer durationMinutes,
		BigDecimal amount, String outcome) {
}
