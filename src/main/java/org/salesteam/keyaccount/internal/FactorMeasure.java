package org.salesteam.keyaccount.internal;

/**
 * The attractiveness factors the data answers (step ⑤'s pre-fill, ADR 0041), each over
 * the 365 days ending on the as-of day, placed orders only.
 */
public enum FactorMeasure {

	/** Sales growth in %: (last 12 months − the 12 before) ÷ the 12 before × 100. */
	GROWTH,
	/**
	 * Gross margin in %: (net amount − cost) ÷ net amount × 100 of the last 12 months.
	 */
	MARGIN,
	/** The customer's annual purchase potential in yuan (its profile). */
	POTENTIAL,
	/**
	 * Our share of wallet in %: last 12 months' sales ÷ the annual purchase potential ×
	 * 100.
	 */
	SHARE_OF_WALLET

}
