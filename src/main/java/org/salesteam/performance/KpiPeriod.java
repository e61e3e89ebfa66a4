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
 * <p>
 * A period <em>to date</em> ({@link #toDate}: this month, quarter or year up to today)
 * compares like with like: the previous period starts one step ({@code stepMonths})
 * earlier and has the same number of days, cut at the start of this one (this quarter's
 * 68 days → the previous quarter's first 68 days); a step of whole years keeps the
 * calendar day (this year to 7 December → last year to 7 December), so its previous
 * period is the same period last year.
 *
 * @param from the first day
 * @param to the last day
 * @param stepMonths for a period to date, the calendar period's length in months (1, 3,
 * 12); 0 for any other range
 */
public record KpiPeriod(LocalDate from, LocalDate to, int stepMonths) {

	/** The longest range computed, in days (about 20 years). */
	public static final long MAX_DAYS = 7320;

	public KpiPeriod {
		if (stepMonths < 0) {
			throw new IllegalArgumentException("stepMonths < 0");
		}
		Objects.requireNonNull(from);
		Objects.requireNonNull(to);
		if (to.isBefore(from)) {
			throw BusinessRuleException.onField("to", "performance.error.range");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw BusinessRuleException.onField("to", "performance.error.tooLong");
		}
	}

	public KpiPeriod(LocalDate from, LocalDate to) {
		this(from, to, 0);
	}

	/**
	 * The calendar period of {@code months} months starting on {@code start}, up to and
	 * including {@code today} (this month: 1, this quarter: 3, this year: 12).
	 */
	public static KpiPeriod toDate(LocalDate start, int months, LocalDate today) {
		if (months <= 0) {
			throw new IllegalArgumentException("months <= 0");
		}
		LocalDate end = start.plusMonths(months).minusDays(1);
		return new KpiPeriod(start, today.isAfter(end) ? end : today, months);
	}

	/**
	 * The whole calendar period a period to date belongs to (this year to date → this
	 * year); any other range itself.
	 */
	public KpiPeriod whole() {
		if (this.stepMonths == 0) {
			return this;
		}
		return new KpiPeriod(this.from, this.from.plusMonths(this.stepMonths).minusDays(1));
	}

	/**
	 * Whether the previous period is the same period last year (this year to date; a
	 * whole year), so that one comparison column says it all.
	 */
	public boolean previousIsLastYear() {
		KpiPeriod previous = previous();
		KpiPeriod lastYear = lastYear();
		return previous.from().equals(lastYear.from()) && previous.to().equals(lastYear.to());
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
		if (this.stepMonths > 0) {
			LocalDate start = this.from.minusMonths(this.stepMonths);
			if (this.stepMonths % 12 == 0) {
				return new KpiPeriod(start, this.to.minusMonths(this.stepMonths));
			}
			LocalDate end = start.plusDays(days() - 1);
			LocalDate limit = this.from.minusDays(1);
			return new KpiPeriod(start, end.isAfter(limit) ? limit : end);
		}
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
		if (this.stepMonths > 0) {
			return new KpiPeriod(this.from.minusYears(1), this.to.minusYears(1));
		}
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
