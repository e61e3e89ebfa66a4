package org.salesteam.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.salesteam.platform.BusinessRuleException;

/**
 * An inclusive date range by order date, with the handbook's comparison periods. The
 * previous period of a range of whole calendar months moves back by its number of months
 * (a year → the year before, a quarter → the quarter before, March → February); any other
 * range moves back by its number of days. The same period last year moves back one year
 * (a range of whole months stays whole months, so February ends on its last day).
 */
public record KpiPeriod(LocalDate from, LocalDate to) {

	/** The longest range computed, in days (about 20 years). */
	public static final long MAX_DAYS = 7320;

	public KpiPeriod {
		Objects.requireNonNull(from);
		Objects.requireNonNull(to);
		if (to.isBefore(from)) {
			throw BusinessRuleException.onField("to", "performance.error.range");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw BusinessRuleException.onField("to", "performance.error.tooLong");
		}
	}

	/** Whether the range starts on a month's first day and ends on a month's last day. */
	public boolean wholeMonths() {
		return this.from.getDayOfMonth() == 1 && this.to.equals(YearMonth.from(this.to).atEndOfMonth());
	}

	/** Number of days in the range, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/** The period before, by the rule above. */
	public KpiPeriod previous() {
		if (wholeMonths()) {
			long months = ChronoUnit.MONTHS.between(YearMonth.from(this.from), YearMonth.from(this.to)) + 1;
			return new KpiPeriod(this.from.minusMonths(months),
					YearMonth.from(this.to).minusMonths(months).atEndOfMonth());
		}
		long days = days();
		return new KpiPeriod(this.from.minusDays(days), this.to.minusDays(days));
	}

	/** The same period one year earlier. */
	public KpiPeriod lastYear() {
		if (wholeMonths()) {
			return new KpiPeriod(this.from.minusYears(1), YearMonth.from(this.to).minusYears(1).atEndOfMonth());
		}
		return new KpiPeriod(this.from.minusYears(1), this.to.minusYears(1));
	}

	/** Whether {@code day} lies in the range. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

}
