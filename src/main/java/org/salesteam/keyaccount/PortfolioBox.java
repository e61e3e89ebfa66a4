package org.salesteam.keyaccount;

/**
 * The four boxes of the key-account portfolio matrix (McDonald): attractiveness of the
 * account against the cut, our relative strength against parity (1.0).
 */
public enum PortfolioBox {

	/** Attractive, we are stronger: invest for growth. */
	STRATEGIC,
	/** Attractive, the best competitor is stronger: invest selectively. */
	STAR,
	/** Less attractive, we are stronger: maintain. */
	STATUS,
	/** Less attractive, the competitor is stronger: manage for cash flow. */
	STREAMLINE;

	/**
	 * The box of an account, or {@code null} when either coordinate is unknown.
	 * @param attractiveness AA on 0–10
	 * @param relativeStrength RS, 1.0 = parity
	 * @param cut the attractiveness that separates the upper from the lower boxes
	 */
	public static PortfolioBox of(Double attractiveness, Double relativeStrength, double cut) {
		if (attractiveness == null || relativeStrength == null) {
			return null;
		}
		boolean attractive = attractiveness >= cut;
		boolean stronger = relativeStrength >= 1.0;
		if (attractive) {
			return stronger ? STRATEGIC : STAR;
		}
		return stronger ? STATUS : STREAMLINE;
	}

	public String messageKey() {
		return "keyaccount.box." + name();
	}

}
