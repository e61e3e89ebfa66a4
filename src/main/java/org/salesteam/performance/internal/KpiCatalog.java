package org.salesteam.performance.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiUnit;
import org.salesteam.performance.Kpis.Codes;

/**
 * The catalogue: every KPI the engine computes, in the order the scorecard shows them:
 * order and customer KPIs, then the visit, time and cost KPIs and the non-selling counts
 * (read from the field-work rollups, see {@link ActivityRollup}).
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
		ratio(Codes.REVENUE_RETENTION, KpiUnit.PERCENT, true);
		ratio(Codes.GROSS_REVENUE_RETENTION, KpiUnit.PERCENT, true);
		ratio(Codes.SALES_VS_PRIOR, KpiUnit.PERCENT, true);
		ratio(Codes.TOP20_SHARE, KpiUnit.PERCENT, false);
		ratio(Codes.PENETRATION, KpiUnit.PERCENT, true);
		ratio(Codes.NEW_CUSTOMER_CONVERSION, KpiUnit.PERCENT, true);
		ratio(Codes.WIN_RATE, KpiUnit.PERCENT, true);
		ratio(Codes.SALES_VS_GOAL, KpiUnit.PERCENT, true);
		ratio(Codes.CUSTOMERS_VS_GOAL, KpiUnit.PERCENT, true);
		amount(Codes.VISITS, KpiUnit.COUNT);
		ratio(Codes.VISITS_PER_DAY, KpiUnit.COUNT, true);
		ratio(Codes.VISITS_PER_CUSTOMER, KpiUnit.COUNT, true);
		ratio(Codes.VISITS_PER_NEW_CUSTOMER, KpiUnit.COUNT, false);
		ratio(Codes.PROSPECT_VISIT_SHARE, KpiUnit.PERCENT, true);
		ratio(Codes.AVG_VISIT_MINUTES, KpiUnit.MINUTES, true);
		ratio(Codes.PRESENTATION_MINUTES, KpiUnit.MINUTES, true);
		ratio(Codes.SALES_PER_VISIT, KpiUnit.MONEY, true);
		ratio(Codes.PROFIT_PER_VISIT, KpiUnit.MONEY, true);
		ratio(Codes.SELLING_TIME_RATIO, KpiUnit.PERCENT, true);
		ratio(Codes.COST_PER_VISIT, KpiUnit.MONEY, false);
		ratio(Codes.SALES_COST_RATIO, KpiUnit.PERCENT, false);
		ratio(Codes.RETURN_ON_TIME, KpiUnit.PERCENT, true);
		amount(Codes.PROSPECT_CALLS, KpiUnit.COUNT);
		amount(Codes.PROSPECT_LETTERS, KpiUnit.COUNT);
		amount(Codes.PROPOSALS, KpiUnit.COUNT);
		amount(Codes.COMPLAINTS_RESOLVED, KpiUnit.COUNT);
		amount(Codes.SERVICE_VISITS, KpiUnit.COUNT);
		amount(Codes.RECEIVABLES_COLLECTED, KpiUnit.MONEY);
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
