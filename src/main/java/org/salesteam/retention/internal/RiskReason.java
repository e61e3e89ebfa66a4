package org.salesteam.retention.internal;

/**
 * The reasons of the at-risk score with their default points (configurable in
 * {@link RetentionSettings#weights}); the score is the sum, at most 100.
 */
public enum RiskReason {

	/** More days since the last order than 1.5 × the typical interval. */
	OVERDUE(30),
	/** Orders in the last 180 days below half of the 180 days before. */
	FEWER_ORDERS(20),
	/** Sales of the last 6 months below 70 % of the same months a year earlier. */
	LOWER_SALES(20),
	/**
	 * Two or more product categories fewer in the last 12 months than in the 12 before.
	 */
	FEWER_CATEGORIES(10),
	/**
	 * No completed visit within the visit standard of the customer's class (A 30, B 60, C
	 * 90 days by default: {@link RetentionSettings#visitStandardDays}).
	 */
	NO_VISIT(10),
	/**
	 * A complaint or service request past its resolution deadline, or a detractor answer
	 * to a satisfaction survey, in the last 90 days (the one item of 10 points).
	 */
	COMPLAINT_OVERDUE(10),
	/** A receivable more than 60 days past its due date. */
	RECEIVABLE_OVERDUE(10);

	private final int defaultWeight;

	RiskReason(int defaultWeight) {
		this.defaultWeight = defaultWeight;
	}

	int defaultWeight() {
		return this.defaultWeight;
	}

}
