package org.salesteam.goal.internal;

import java.math.BigDecimal;

import org.salesteam.goal.GoalType;

/** What a user fills in for a goal. */
public record GoalData(GoalType type, String scope, String period, BigDecimal target, BigDecimal stretch,
		Long customerId, String productCategory, Long segmentId, String notes) {
}
