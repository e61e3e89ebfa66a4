package org.salesteam.performance.internal;

import java.util.Map;

import org.salesteam.performance.Kpis.Codes;

/**
 * The records behind one side of a KPI: which orders, customers or opportunities make its
 * numerator or its denominator. {@link #NONE} for an amount's denominator, a goal, and
 * the field-work sides (visits, time, activities), which are not listed record by record.
 */
enum RecordSet {

	PLACED_ORDERS(Kind.ORDERS), ALL_ORDERS(Kind.ORDERS), CANCELLED_ORDERS(Kind.ORDERS), PREVIOUS_ORDERS(Kind.ORDERS),
	ACTIVE(Kind.CUSTOMERS), NEW(Kind.CUSTOMERS), RETAINED(Kind.CUSTOMERS), LOST(Kind.CUSTOMERS),
	PREVIOUS_ACTIVE(Kind.CUSTOMERS), TOP20(Kind.CUSTOMERS), ASSIGNED(Kind.CUSTOMERS), CONVERTED(Kind.CUSTOMERS),
	CANDIDATES(Kind.CUSTOMERS), WON(Kind.OPPORTUNITIES), CLOSED(Kind.OPPORTUNITIES), NONE(Kind.NONE);

	/** What a record set lists. */
	enum Kind {

		ORDERS, CUSTOMERS, OPPORTUNITIES, NONE

	}

	private static final Map<String, RecordSet[]> SIDES = Map.ofEntries(
			Map.entry(Codes.SALES, sides(PLACED_ORDERS, NONE)), Map.entry(Codes.PROFIT, sides(PLACED_ORDERS, NONE)),
			Map.entry(Codes.MARGIN_RATE, sides(PLACED_ORDERS, PLACED_ORDERS)),
			Map.entry(Codes.ORDERS, sides(PLACED_ORDERS, NONE)),
			Map.entry(Codes.AVG_ORDER_VALUE, sides(PLACED_ORDERS, PLACED_ORDERS)),
			Map.entry(Codes.ORDER_CANCELLATION_RATE, sides(CANCELLED_ORDERS, ALL_ORDERS)),
			Map.entry(Codes.ACTIVE_CUSTOMERS, sides(ACTIVE, NONE)), Map.entry(Codes.NEW_CUSTOMERS, sides(NEW, NONE)),
			Map.entry(Codes.AVG_SALES_PER_CUSTOMER, sides(PLACED_ORDERS, ACTIVE)),
			Map.entry(Codes.RETENTION_RATE, sides(RETAINED, PREVIOUS_ACTIVE)),
			Map.entry(Codes.CUSTOMER_LOSS_RATE, sides(LOST, PREVIOUS_ACTIVE)),
			Map.entry(Codes.REVENUE_RETENTION, sides(RETAINED, PREVIOUS_ACTIVE)),
			Map.entry(Codes.GROSS_REVENUE_RETENTION, sides(RETAINED, PREVIOUS_ACTIVE)),
			Map.entry(Codes.SALES_VS_PRIOR, sides(PLACED_ORDERS, PREVIOUS_ORDERS)),
			Map.entry(Codes.TOP20_SHARE, sides(TOP20, PLACED_ORDERS)),
			Map.entry(Codes.PENETRATION, sides(ACTIVE, ASSIGNED)),
			Map.entry(Codes.NEW_CUSTOMER_CONVERSION, sides(CONVERTED, CANDIDATES)),
			Map.entry(Codes.WIN_RATE, sides(WON, CLOSED)), Map.entry(Codes.SALES_VS_GOAL, sides(PLACED_ORDERS, NONE)),
			Map.entry(Codes.CUSTOMERS_VS_GOAL, sides(ACTIVE, NONE)),
			Map.entry(Codes.VISITS_PER_NEW_CUSTOMER, sides(NONE, NEW)),
			Map.entry(Codes.SALES_PER_VISIT, sides(PLACED_ORDERS, NONE)),
			Map.entry(Codes.PROFIT_PER_VISIT, sides(PLACED_ORDERS, NONE)),
			Map.entry(Codes.SALES_COST_RATIO, sides(NONE, PLACED_ORDERS)),
			Map.entry(Codes.RETURN_ON_TIME, sides(PLACED_ORDERS, NONE)));

	private final Kind kind;

	RecordSet(Kind kind) {
		this.kind = kind;
	}

	Kind kind() {
		return this.kind;
	}

	/** The set behind the numerator ({@code denominator} false) or the denominator. */
	static RecordSet of(String code, boolean denominator) {
		RecordSet[] sides = SIDES.get(code);
		if (sides == null) {
			// visits, time and activities are not listed record by record (yet)
			return NONE;
		}
		return sides[denominator ? 1 : 0];
	}

	private static RecordSet[] sides(RecordSet numerator, RecordSet denominator) {
		return new RecordSet[] { numerator, denominator };
	}

}
