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
 * A figure that does not add up over time (a growth rate, an average cost) has no pace;
 * its forecast is the figure so far. A goal whose actual is not measured has only its
 * target.
 * <p>
 * A lower-is-better goal (a ceiling such as the average cost per visit) turns the ratios
 * round: {@code attained} = target ÷ actual, so that 1 or more means the actual is at or
 * below the target ({@code forecastAttained} and {@code stretchAttained} likewise); an
 * actual of 0 leaves them undefined although the target is met. {@link #targetMet()} says
 * which way it went in both cases.
 */
public record GoalProgress(BigDecimal actual, BigDecimal target, BigDecimal stretch, LocalDate asOf, int workingDays,
		int elapsedDays, BigDecimal attained, BigDecimal expected, BigDecimal pace, BigDecimal forecast,
		BigDecimal forecastAttained, BigDecimal stretchAttained, boolean lowerIsBetter) {

	/** Whether the actual figure is measured. */
	public boolean measured() {
		return this.actual != null;
	}

	/**
	 * Whether the actual is at or above the target (at or below it when lower is better);
	 * {@code null} when either is missing.
	 */
	public Boolean targetMet() {
		if (this.actual == null || this.target == null) {
			return null;
		}
		int compared = this.actual.compareTo(this.target);
		return this.lowerIsBetter ? compared <= 0 : compared >= 0;
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
		return of(actual, target, stretch, from, to, today, cumulative, false);
	}

	/**
	 * The progress of {@code actual} against {@code target}, a ceiling when
	 * {@code lowerIsBetter} (such a figure is never cumulative: it has no pace).
	 */
	public static GoalProgress of(BigDecimal actual, BigDecimal target, BigDecimal stretch, LocalDate from,
			LocalDate to, LocalDate today, boolean cumulative, boolean lowerIsBetter) {
		LocalDate asOf = today.isAfter(to) ? to : today;
		int total = workingDays(from, to);
		int elapsed = asOf.isBefore(from) ? 0 : workingDays(from, asOf);
		BigDecimal expected = ratio(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(total));
		BigDecimal attained = lowerIsBetter ? ratio(target, actual) : ratio(actual, target);
		BigDecimal pace = null;
		BigDecimal forecast = null;
		if (actual != null && cumulative && !lowerIsBetter) {
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
		if (lowerIsBetter) {
			return new GoalProgress(actual, target, stretch, asOf, total, elapsed, attained, expected, null, forecast,
					ratio(target, forecast), ratio(stretch, actual), true);
		}
		return new GoalProgress(actual, target, stretch, asOf, total, elapsed, attained, expected, pace, forecast,
				ratio(forecast, target), ratio(actual, stretch), false);
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
