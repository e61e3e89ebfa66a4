package org.salesteam.goal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalStatus;
import org.salesteam.goal.GoalType;
import org.salesteam.goal.PeriodKind;

/**
 * A goal as the API shows it; {@code version} goes back with a change. {@code unit} says
 * how target and stretch are written (MONEY in yuan, COUNT, PERCENT).
 */
record GoalView(long id, int version, GoalType type, GoalType.Unit unit, String scope, String scopeName,
		PeriodKind periodKind, String period, LocalDate from, LocalDate to, BigDecimal target, BigDecimal stretch,
		GoalStatus status, String reviewComment, Long approvedBy, Instant approvedAt, Long parentId,
		String allocationMethod, Long customerId, String productCategory, Long segmentId, String notes) {

	static GoalView of(Goal g, String scopeName) {
		PeriodKind.Period period = g.getPeriod();
		return new GoalView(g.getId(), g.getVersion(), g.getType(), g.getType().unit(), g.getScope(), scopeName,
				period.kind(), period.label(), period.from(), period.to(), g.getTarget(), g.getStretch(), g.getStatus(),
				g.getReviewComment(), g.getApprovedBy(), g.getApprovedAt(), g.getParentId(), g.getAllocationMethod(),
				g.getCustomerId(), g.getProductCategory(), g.getSegmentId(), g.getNotes());
	}

}
