package org.salesteam.performance.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.internal.Breakdowns;
import org.salesteam.performance.internal.Scorecards;
import org.salesteam.platform.Formats;

/**
 * The dashboard's headline tiles, formatted: sales against the goal of the whole calendar
 * period with the pace (the share of that period gone by), profit and new customers with
 * their change against the compared period, and the open pipeline. Every figure comes
 * from the scorecard or the KPI engine; the pipeline from the opportunities (no KPI has
 * it).
 *
 * @param sales the period's sales
 * @param salesChange change against the compared period, e.g. "+12.3%", or "—"
 * @param goalShare sales of the whole period ÷ its goal, or "—" without a goal
 * @param goal the goal of the whole period, or "—"
 * @param pace the share of the whole period gone by
 * @param behind whether the goal share lags the pace
 * @param profit the period's profit
 * @param profitChange change against the compared period
 * @param newCustomers the period's new customers
 * @param newCustomersChange change against the compared period
 * @param pipeline amount of the open opportunities
 * @param pipelineCount number of open opportunities
 */
record Headline(String sales, String salesChange, String goalShare, String goal, String pace, boolean behind,
		String profit, String profitChange, String newCustomers, String newCustomersChange, String pipeline,
		long pipelineCount) {

	static Headline of(List<Scorecards.Line> lines, KpiValue salesVsGoal, KpiPeriod range, LocalDate today,
			Breakdowns.Pipeline pipeline, Formats fmt) {
		Scorecards.Line sales = line(lines, Kpis.Codes.SALES);
		Scorecards.Line profit = line(lines, Kpis.Codes.PROFIT);
		Scorecards.Line customers = line(lines, Kpis.Codes.NEW_CUSTOMERS);
		BigDecimal pace = pace(range.whole(), today);
		BigDecimal share = salesVsGoal.value();
		return new Headline(fmt.money(value(sales)), change(sales, fmt), fmt.percent(share),
				fmt.money((share != null) ? salesVsGoal.denominator() : null), fmt.percent(pace),
				share != null && share.compareTo(pace) < 0, fmt.money(value(profit)), change(profit, fmt),
				fmt.number(value(customers)), change(customers, fmt), fmt.money(pipeline.amount()), pipeline.count());
	}

	/** Whether the whole period has a sales goal. */
	public boolean hasGoal() {
		return !Formats.UNDEFINED.equals(this.goalShare);
	}

	/** The share of the period's days up to today (all of it when it is over). */
	static BigDecimal pace(KpiPeriod whole, LocalDate today) {
		if (today.isBefore(whole.from())) {
			return BigDecimal.ZERO;
		}
		LocalDate last = today.isAfter(whole.to()) ? whole.to() : today;
		long gone = ChronoUnit.DAYS.between(whole.from(), last) + 1;
		return BigDecimal.valueOf(gone).divide(BigDecimal.valueOf(whole.days()), 6, RoundingMode.HALF_UP);
	}

	private static Scorecards.Line line(List<Scorecards.Line> lines, String code) {
		return lines.stream().filter((l) -> l.definition().code().equals(code)).findFirst().orElse(null);
	}

	private static BigDecimal value(Scorecards.Line line) {
		return (line != null) ? line.now().value() : null;
	}

	private static String change(Scorecards.Line line, Formats fmt) {
		if (line == null || line.now().value() == null || line.previous().value() == null
				|| line.previous().value().signum() == 0) {
			return Formats.UNDEFINED;
		}
		BigDecimal before = line.previous().value();
		BigDecimal change = line.now().value().subtract(before).divide(before.abs(), 6, RoundingMode.HALF_UP);
		return ((change.signum() > 0) ? "+" : "") + fmt.percent(change);
	}

}
