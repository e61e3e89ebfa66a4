package org.salesteam.retention.internal;

import java.util.List;

import org.salesteam.retention.RetentionState;

/**
 * A customer's defection clock and at-risk score as of a date. Risk and health are null
 * for a prospect and a lost customer: there is nothing left to lose or nothing yet.
 *
 * @param risk the sum of the weights of the reasons, at most 100
 * @param band HIGH, MEDIUM or LOW (null with the risk)
 * @param health 100 − risk
 */
public record CustomerRetention(long customerId, String customerCode, String customerName, String customerClass,
		Long ownerId, String ownerName, DefectionClock.Reading clock, Integer risk, String band, Integer health,
		List<RiskReason> reasons) {

	public RetentionState state() {
		return this.clock.state();
	}

}
