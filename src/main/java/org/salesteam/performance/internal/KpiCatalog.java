package org.salesteam.performance.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiUnit;
import org.salesteam.performance.Kpis.Codes;

/**
 * The catalogue: every KPI the engine computes, in the order the scorecard shows them.
 * Visit, time and expense KPIs join it when their rollups exist.
 */
final class KpiCatalog {

	private static final Map<String, KpiDefinition> BY_CODE = new LinkedHashMap<>();

	static {
		amount(Codes.SALES, KpiUnit.MONEY);
		amount(Codes.PROFIT, KpiUnit.MONEY);
		ratio(Codes.MARGIN_RATE, KpiUnit.PERCENT, true);
		amount(Codes.ORDERS, KpiUnit.COUNT);
		ratio(Codes.AVG_ORDER_VALUE, KpiUnit.MONEY, true);
		ratio(Codes.ORDER_CANCELLATION_RATE, KpiUnit.PERCENT, false);
		amount(Codes.ACTIVE_CUSTOMERS, KpiUnit.COUNT);
		amount(Codes.NEW_CUSTOMERS, KpiUnit.COUNT);
		ratio(Codes.AVG_SALES_PER_CUSTOMER, KpiUnit.MONEY, true);
		ratio(Codes.RETENTION_RATE, KpiUnit.PERCENT, true);
		ratio(Codes.CUSTOMER_LOSS_RATE, KpiUnit.PERCENT, false);
		ratio(Codes.SALES_VS_PRIOR, KpiUnit.PERCENT, true);
		ratio(Codes.TOP20_SHARE, KpiUnit.PERCENT, false);
		ratio(Codes.PENETRATION, KpiUnit.PERCENT, true);
		ratio(Codes.NEW_CUSTOMER_CONVERSION, KpiUnit.PERCENT, true);
		ratio(Codes.WIN_RATE, KpiUnit.PERCENT, true);
		ratio(Codes.SALES_VS_GOAL, KpiUnit.PERCENT, true);
		ratio(Codes.CUSTOMERS_VS_GOAL, KpiUnit.PERCENT, true);
	}

	private KpiCatalog() {
	}

	private static void amount(String code, KpiUnit unit) {
		BY_CODE.put(code, new KpiDefinition(code, unit, true, false));
	}

	private static void ratio(String code, KpiUnit unit, boolean higherIsBetter) {
		BY_CODE.put(code, new KpiDefinition(code, unit, higherIsBetter, true));
	}

	static List<KpiDefinition> all() {
		return List.copyOf(BY_CODE.values());
	}

	static Optional<KpiDefinition> find(String code) {
		return Optional.ofNullable((code != null) ? BY_CODE.get(code) : null);
	}

}
