package org.salesteam.keyaccount.internal;

/** The two kinds of factors of a portfolio analysis. */
public enum FactorKind {

	/** The account as a market for us (steps ②–⑤), field {@code factors}. */
	ATTRACTIVENESS("factors"),
	/**
	 * What the customer buys on, scored for us and the best competitor (steps ⑥–⑦), field
	 * {@code successFactors}.
	 */
	SUCCESS("successFactors");

	private final String field;

	FactorKind(String field) {
		this.field = field;
	}

	/** The request field that carries factors of this kind. */
	public String field() {
		return this.field;
	}

}
