package org.salesteam.performance.web;

import java.util.Set;

import org.salesteam.performance.KpiUnit;
import org.salesteam.performance.internal.Scorecards;
import org.salesteam.platform.Formats;

/**
 * A scorecard line as the page shows it: texts already formatted, the trend against the
 * previous period and whether it is good news.
 */
record ScoreRow(String code, String nameKey, String formulaKey, String value, String numerator, String denominator,
		String previous, String lastYear, String trend, boolean good, boolean ratio) {

	/** KPIs whose numerator is money; the others count records. */
	private static final Set<String> MONEY_NUMERATOR = Set.of("SALES", "PROFIT", "MARGIN_RATE", "AVG_ORDER_VALUE",
			"AVG_SALES_PER_CUSTOMER", "SALES_VS_PRIOR", "TOP20_SHARE", "SALES_VS_GOAL", "SALES_PER_VISIT",
			"PROFIT_PER_VISIT", "COST_PER_VISIT", "SALES_COST_RATIO", "RETURN_ON_TIME", "RECEIVABLES_COLLECTED");

	/** KPIs whose denominator is money. */
	private static final Set<String> MONEY_DENOMINATOR = Set.of("MARGIN_RATE", "SALES_VS_PRIOR", "TOP20_SHARE",
			"SALES_VS_GOAL", "SALES_COST_RATIO", "RETURN_ON_TIME");

	/** The unit of a KPI's numerator: money or a count. */
	static KpiUnit numeratorUnit(String code) {
		return MONEY_NUMERATOR.contains(code) ? KpiUnit.MONEY : KpiUnit.COUNT;
	}

	/** The unit of a KPI's denominator: money or a count. */
	static KpiUnit denominatorUnit(String code) {
		return MONEY_DENOMINATOR.contains(code) ? KpiUnit.MONEY : KpiUnit.COUNT;
	}

	static ScoreRow of(Scorecards.Line line, Formats fmt) {
		String code = line.definition().code();
		KpiUnit unit = line.definition().unit();
		String trend = KpiFormatting.trend(line.now().value(), line.previous().value());
		boolean good = "same".equals(trend) || ("up".equals(trend) == line.definition().higherIsBetter());
		KpiUnit numeratorUnit = numeratorUnit(code);
		KpiUnit denominatorUnit = denominatorUnit(code);
		String denominator = line.definition().ratio()
				? KpiFormatting.text(fmt, denominatorUnit, line.now().denominator()) : "";
		return new ScoreRow(code, line.definition().nameKey(), line.definition().formulaKey(),
				KpiFormatting.text(fmt, unit, line.now().value()),
				KpiFormatting.text(fmt, numeratorUnit, line.now().numerator()), denominator,
				KpiFormatting.text(fmt, unit, line.previous().value()),
				KpiFormatting.text(fmt, unit, line.lastYear().value()), trend, good, line.definition().ratio());
	}

}
