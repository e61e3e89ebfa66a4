package org.salesteam.retention.internal;

/**
 * The items of the service audit (服务审计, ADR 0050), each with the figure measured from the
 * data for the half and the bands that turn it into a suggested score of our performance
 * 1–5 (the score itself is typed). {@code higherIsBetter} decides whether a figure must
 * reach ({@code >=}) or stay within ({@code <=}) a band's bound; the bounds are those of
 * scores 5, 4, 3 and 2 — anything else suggests 1.
 */
public enum ServiceAuditItem {

	/** Delivered orders without a delivery complaint about them ÷ delivered orders, %. */
	ON_TIME_DELIVERY(Unit.PERCENT, true, 98, 95, 90, 80),

	/** Quality/reprint requests ÷ delivered orders, %. */
	REPRINT_RATE(Unit.PERCENT, false, 1, 3, 5, 10),

	/** Service requests closed within their resolution deadline ÷ closed, %. */
	DEADLINES_MET(Unit.PERCENT, true, 98, 95, 90, 80),

	/** Mean hours from a quote request's opening to its closing. */
	QUOTE_TURNAROUND(Unit.HOURS, false, 4, 8, 24, 48),

	/** Invoiced orders without an invoice complaint about them ÷ invoiced orders, %. */
	INVOICE_ACCURACY(Unit.PERCENT, true, 99, 97, 95, 90),

	/**
	 * Completed visits ÷ the visits the class's visit standard asks for in the span, %.
	 */
	VISITS_AGAINST_STANDARD(Unit.PERCENT, true, 100, 80, 60, 40),

	/** Contacts met in a completed visit ÷ the customer's contacts, %. */
	CONTACTS_COVERED(Unit.PERCENT, true, 80, 60, 40, 20);

	/** How a measured figure reads. */
	public enum Unit {

		PERCENT, HOURS

	}

	private final Unit unit;

	private final boolean higherIsBetter;

	private final double[] bounds;

	ServiceAuditItem(Unit unit, boolean higherIsBetter, double... bounds) {
		this.unit = unit;
		this.higherIsBetter = higherIsBetter;
		this.bounds = bounds;
	}

	public Unit unit() {
		return this.unit;
	}

	/** The suggested score of our performance for a measured figure; null without one. */
	public Integer suggestedScore(Double figure) {
		if (figure == null) {
			return null;
		}
		for (int band = 0; band < this.bounds.length; band++) {
			boolean reached = this.higherIsBetter ? figure >= this.bounds[band] : figure <= this.bounds[band];
			if (reached) {
				return 5 - band;
			}
		}
		return 1;
	}

}
