package org.salesteam.goal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salesteam.platform.BusinessRuleException;

/**
 * A goal's period: a calendar month ({@code 2026-03}), quarter ({@code 2026-Q1}) or year
 * ({@code 2026}); see {@link #parse} for the Chinese forms also read.
 */
public enum PeriodKind {

	MONTH, QUARTER, YEAR;

	/** A parsed period: its kind and inclusive range. */
	public record Period(PeriodKind kind, LocalDate from, LocalDate to) {

		/** The text {@link #parse} reads back. */
		public String label() {
			return switch (this.kind) {
				case YEAR -> Integer.toString(this.from.getYear());
				case QUARTER -> this.from.getYear() + "-Q" + ((this.from.getMonthValue() - 1) / 3 + 1);
				case MONTH -> YearMonth.from(this.from).toString();
			};
		}

		/** The same period one year earlier. */
		public Period lastYear() {
			return of(this.kind, this.from.minusYears(1));
		}

	}

	/** The period of this kind that starts at {@code from}, which must start one. */
	public static Period of(PeriodKind kind, LocalDate from) {
		return switch (kind) {
			case YEAR -> new Period(kind, from, from.plusYears(1).minusDays(1));
			case QUARTER -> new Period(kind, from, from.plusMonths(3).minusDays(1));
			case MONTH -> new Period(kind, from, from.plusMonths(1).minusDays(1));
		};
	}

	private static final Pattern YEAR_TEXT = Pattern.compile("(\\d{4})(?:年度?)?");

	private static final Pattern QUARTER_TEXT = Pattern
		.compile("(\\d{4})(?:-|年)?[Qq]([1-4])|(\\d{4})年第?([1-4一二三四])季度?");

	private static final Pattern MONTH_TEXT = Pattern.compile("(\\d{4})-(\\d{1,2})|(\\d{4})年(\\d{1,2})月份?");

	/**
	 * Reads a period as the pickers send it ({@code 2026}, {@code 2026-Q1},
	 * {@code 2026-03}) or as people write it ({@code 2026年}, {@code 2026年度},
	 * {@code 2026Q1}, {@code 2026年一季度}, {@code 2026年第1季度}, {@code 2026-3},
	 * {@code 2026年3月}); full-width digits and spaces are allowed. Anything else is a
	 * {@link BusinessRuleException} on {@code period}.
	 */
	public static Period parse(String text) {
		String value = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFKC).replaceAll("\\s+", "");
		try {
			Matcher year = YEAR_TEXT.matcher(value);
			if (year.matches()) {
				return of(YEAR, LocalDate.of(Integer.parseInt(year.group(1)), 1, 1));
			}
			Matcher quarter = QUARTER_TEXT.matcher(value);
			if (quarter.matches()) {
				int number = "一二三四".indexOf(group(quarter, 2, 4)) + 1;
				number = (number > 0) ? number : Integer.parseInt(group(quarter, 2, 4));
				return of(QUARTER, LocalDate.of(Integer.parseInt(group(quarter, 1, 3)), number * 3 - 2, 1));
			}
			Matcher month = MONTH_TEXT.matcher(value);
			if (month.matches()) {
				return of(MONTH,
						YearMonth.of(Integer.parseInt(group(month, 1, 3)), Integer.parseInt(group(month, 2, 4)))
							.atDay(1));
			}
		}
		catch (RuntimeException ex) {
			// falls through to the validation error
		}
		throw BusinessRuleException.onField("period", "goal.error.period");
	}

	/** The group of whichever alternative matched. */
	private static String group(Matcher matcher, int first, int second) {
		return (matcher.group(first) != null) ? matcher.group(first) : matcher.group(second);
	}

}
