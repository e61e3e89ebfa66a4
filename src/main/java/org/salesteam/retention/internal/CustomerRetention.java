package org.salesteam.retention.internal;

import java.time.LocalDate;
import java.util.List;

import org.salesteam.retention.RetentionState;

/**
 * A customer's defection clock and at-risk score as of a date. Risk and health are null
 * for a prospect and a lost customer: there is nothing left to lose or nothing yet.
 *
 * @param risk the sum of the weights of the reasons, at most 100
 * @param band HIGH, MEDIUM or LOW (null with the risk)
 * @param health 100 − risk
 * @param previous the stored daily score the trend compares with (ADR 0034), null when
 * none was stored for the customer that day or the customer has no score now
 */
public record CustomerRetention(long customerId, String customerCode, String customerName, String customerClass,
		Long ownerId, String ownerName, DefectionClock.Reading clock, Integer risk, String band, Integer health,
		List<RiskReason> reasons, Previous previous) {

	/** Which way the risk went since a stored score. */
	public enum Trend {

		RISING, FALLING, STEADY

	}

	/** A stored daily score: its day and the risk and health then. */
	public record Previous(LocalDate on, int risk, int health) {
	}

	public RetentionState state() {
		return this.clock.state();
	}

	/** The risk's direction since {@link #previous}; null without both scores. */
	public Trend riskTrend() {
		if (this.risk == null || this.previous == null) {
			return null;
		}
		int change = Integer.compare(this.risk, this.previous.risk());
		return (change > 0) ? Trend.RISING : (change < 0) ? Trend.FALLING : Trend.STEADY;
	}

}
