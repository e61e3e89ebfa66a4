package org.salesteam.goal.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;
import org.salesteam.goal.GoalType;
import org.salesteam.goal.internal.GoalData;

/**
 * A goal to create or change: {@code scope} as {@code company}, {@code team:{id}},
 * {@code territory:{code}} or {@code rep:{username}}; {@code period} as {@code 2026},
 * {@code 2026-Q1} or {@code 2026-03}. Type, scope and period are fixed once created.
 */
record GoalRequest(GoalType type, @Size(max = 120) String scope, @Size(max = 10) String period, BigDecimal target,
		BigDecimal stretch, Long customerId, @Size(max = 100) String productCategory, Long segmentId,
		@Size(max = 1000) String notes, Integer version) {

	GoalData toData() {
		return new GoalData(this.type, this.scope, this.period, this.target, this.stretch, this.customerId,
				this.productCategory, this.segmentId, this.notes);
	}

}
