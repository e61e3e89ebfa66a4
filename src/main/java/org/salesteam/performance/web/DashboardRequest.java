package org.salesteam.performance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

import org.salesteam.performance.KpiPeriod;

/**
 * The dashboard's period filter: a named period relative to today, or {@code CUSTOM} with
 * both dates. Anything missing falls back to this year. This month, quarter and year run
 * to today ({@link KpiPeriod#toDate}) and compare with the same span of the period before
 * and of last year.
 */
record DashboardRequest(String period, LocalDate from, LocalDate to) {

	/** The named periods of the filter, in the order shown. */
	static final java.util.List<String> PERIODS = java.util.List.of("THIS_MONTH", "LAST_MONTH", "THIS_QUARTER",
			"LAST_QUARTER", "THIS_YEAR", "LAST_YEAR", "CUSTOM");

	String chosen() {
		if ("CUSTOM".equals(this.period) || (this.period == null && this.from != null && this.to != null)) {
			return (this.from != null && this.to != null) ? "CUSTOM" : "THIS_YEAR";
		}
		return (this.period != null && PERIODS.contains(this.period)) ? this.period : "THIS_YEAR";
	}

	KpiPeriod resolve(Clock clock) {
		LocalDate today = LocalDate.now(clock);
		YearMonth month = YearMonth.from(today);
		LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
		return switch (chosen()) {
			case "THIS_MONTH" -> KpiPeriod.toDate(month.atDay(1), 1, today);
			case "LAST_MONTH" -> new KpiPeriod(month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth());
			case "THIS_QUARTER" -> KpiPeriod.toDate(quarterStart, 3, today);
			case "LAST_QUARTER" ->
				new KpiPeriod(quarterStart.minusMonths(3), YearMonth.from(quarterStart.minusMonths(1)).atEndOfMonth());
			case "LAST_YEAR" ->
				new KpiPeriod(today.withDayOfYear(1).minusYears(1), today.withDayOfYear(1).minusDays(1));
			case "CUSTOM" -> new KpiPeriod(this.from, this.to);
			default -> KpiPeriod.toDate(today.withDayOfYear(1), 12, today);
		};
	}

}
