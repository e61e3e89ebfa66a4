package org.salesteam.keyaccount;

/** The state of one cell of the whitespace grid (buying centre × product category). */
public enum WhitespaceState {

	/** We sold in the category to the centre in the 365 days ending on the as-of date. */
	OWNED,
	/** No such sales, but an open opportunity of the centre contains the category. */
	PIPELINE,
	/** Neither: room to sell. */
	GAP;

	/**
	 * The state from the facts, OWNED before PIPELINE.
	 * @param sales12m the centre's sales in the category in the window
	 * @param openOpportunity whether an open opportunity of the centre has the category
	 */
	public static WhitespaceState of(java.math.BigDecimal sales12m, boolean openOpportunity) {
		if (sales12m != null && sales12m.signum() > 0) {
			return OWNED;
		}
		return openOpportunity ? PIPELINE : GAP;
	}

}
