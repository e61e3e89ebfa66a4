package org.salesteam.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Progress of a goal on a day. Every ratio is {@code null} when undefined (never 0).
 * <ul>
 * <li>{@code attained} = actual ÷ target (4 decimals, 1 = 100 %);</li>
 * <li>{@code workingDays} = Mondays to Fridays of the period; {@code elapsedDays} = those
 * from its start up to and including {@code asOf} (the day, or the period's end when
 * over);</li>
 * <li>{@code expected} = elapsedDays ÷ workingDays: the share of the target due by now;
 * {@code pace} = actual ÷ (target × expected), above 1 ahead of pace, below 1
 * behind;</li>
 * <li>{@code forecast} = actual ÷ elapsedDays × workingDays (linear, 2 decimals) and
 * {@code forecastAttained} = forecast ÷ target.</li>
 * </ul>
 * A figure that does not add up over time (a growth rate) has no pace; its forecast is
 * the rate so far. A goal whose actual is not measured has only its target.
 */
public record GoalProgress(BigDecimal actual, BigDecimal target, BigDecimal stretch, LocalDate asOf, int workingDays,
		int elapsedDays, BigDecimal attained, BigDecimal expected, BigDecimal pace, BigDecimal forecast,
		BigDecimal forecastAttained, BigDecimal stretchAttained) {

	/** Whether the actual figure is measured. */
	public boolean measured() {
		return this.actual != null;
	}

	/** AHEAD, BEHIND or {@code null} when there is no pace. */
	public String paceStatus() {
		if (this.pace == null) {
			return null;
		}
		return (this.pace.compareTo(BigDecimal.ONE) >= 0) ? "AHEAD" : "BEHIND";
	}

	/**
	 * The progress of {@code actual} against {@code target} in {@code [from, to]} on
	 * {@code today}.
	 */
	public static GoalProgress of(BigDecimal actual, BigDecimal target, BigDecimal stretch, LocalDate from,
			LocalDate to, LocalDate today, boolean cumulative) {
		LocalDate asOf = today.isAfter(to) ? to : today;
		int total = workingDays(from, to);
		int elapsed = asOf.isBefore(from) ? 0 : workingDays(from, asOf);
		BigDecimal expected = ratio(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(total));
		BigDecimal attained = ratio(actual, target);
		BigDecimal pace = null;
		BigDecimal forecast = null;
		if (actual != null && cumulative) {
			if (elapsed > 0) {
				forecast = actual.multiply(BigDecimal.valueOf(total))
					.divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP);
			}
			if (target != null && elapsed > 0) {
				pace = ratio(actual.multiply(BigDecimal.valueOf(total)), target.multiply(BigDecimal.valueOf(elapsed)));
			}
		}
		else if (actual != null && elapsed > 0) {
			forecast = actual;
		}
		return new GoalProgress(actual, target, stretch, asOf, total, elapsed, attained, expected, pace, forecast,
				ratio(forecast, target), ratio(actual, stretch));
	}

	/** Mondays to Fridays in {@code [from, to]}. */
	public static int workingDays(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days++;
			}
		}
		return days;
	}

	private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return null;
		}
		return numerator.divide(denominator, 4, RoundingMode.HALF_UP);
	}

}
