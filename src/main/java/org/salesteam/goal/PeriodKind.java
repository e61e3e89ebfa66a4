package org.salesteam.goal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.salesteam.platform.BusinessRuleException;

/**
 * A goal's period: a calendar month ({@code 2026-03}), quarter ({@code 2026-Q1}) or year
 * ({@code 2026}).
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

	/**
	 * Reads {@code 2026}, {@code 2026-Q1} or {@code 2026-03}; anything else is a
	 * {@link BusinessRuleException} on {@code period}.
	 */
	public static Period parse(String text) {
		String value = (text != null) ? text.trim() : "";
		try {
			if (value.matches("\\d{4}")) {
				return of(YEAR, LocalDate.of(Integer.parseInt(value), 1, 1));
			}
			if (value.matches("\\d{4}-Q[1-4]")) {
				int quarter = value.charAt(6) - '0';
				return of(QUARTER, LocalDate.of(Integer.parseInt(value.substring(0, 4)), quarter * 3 - 2, 1));
			}
			if (value.matches("\\d{4}-\\d{2}")) {
				return of(MONTH, YearMonth.parse(value).atDay(1));
			}
		}
		catch (RuntimeException ex) {
			// falls through to the validation error
		}
		throw BusinessRuleException.onField("period", "goal.error.period");
	}

}
