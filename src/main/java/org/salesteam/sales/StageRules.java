package org.salesteam.sales;

import org.salesteam.platform.BusinessRuleException;

/**
 * Which stage moves are allowed: between open stages in either direction, from an open
 * stage to won or lost, and out of won or lost only as a manager's reopening. Staying in
 * the same stage is no move.
 */
public final class StageRules {

	private StageRules() {
	}

	public static void check(OpportunityStage from, OpportunityStage to, boolean mayReopen) {
		if (to == null) {
			throw BusinessRuleException.onField("stage", "sales.validation.required");
		}
		if (from == to) {
			throw BusinessRuleException.onField("stage", "sales.opportunity.error.sameStage");
		}
		if (from.isClosed() && !mayReopen) {
			throw BusinessRuleException.onField("stage", "sales.opportunity.error.closed");
		}
	}

}
