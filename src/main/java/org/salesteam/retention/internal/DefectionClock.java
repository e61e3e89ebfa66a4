package org.salesteam.retention.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.salesteam.retention.RetentionState;

/**
 * The defection clock of one customer as of a date — the contract of issue 18, as a pure
 * function:
 * <ul>
 * <li>order days: the distinct dates d of non-cancelled orders with asOf − 730 &lt; d ≤
 * asOf ({@link #WINDOW_DAYS});</li>
 * <li>typical interval T: the median of the gaps between consecutive order days when
 * there are at least three (an even number of gaps: the mean of the two middle ones),
 * otherwise the class default;</li>
 * <li>D: days from the last non-cancelled order up to asOf (any time before; later orders
 * are ignored);</li>
 * <li>state: DORMANT_SUGGESTED when D &gt; 3 T or D &gt; 365 (this wins over ACTIVE when
 * T is so long that 1.5 T exceeds a year: a customer silent for more than a year is worth
 * a look whatever its rhythm); otherwise ACTIVE when D ≤ 1.5 T, OVERDUE beyond; LOST when
 * a user confirmed it; PROSPECT without any order up to asOf.</li>
 * </ul>
 */
public final class DefectionClock {

	/** The order days counted: asOf − 730 &lt; d ≤ asOf. */
	public static final int WINDOW_DAYS = 730;

	private static final int YEAR = 365;

	/**
	 * HISTORY: the median of the customer's own gaps; CLASS_DEFAULT: too few order days.
	 */
	public enum IntervalSource {

		HISTORY, CLASS_DEFAULT

	}

	/**
	 * A customer's clock as of a date; the order facts are null for a PROSPECT.
	 *
	 * @param typicalIntervalDays T, in days (a half when the mean of two middle gaps)
	 */
	public record Reading(LocalDate lastOrderDate, int orderDays, BigDecimal typicalIntervalDays,
			IntervalSource intervalSource, Long daysSinceLastOrder, RetentionState state) {

		/** D ÷ T, for sorting the most overdue first; 0 without orders. */
		public double overdueRatio() {
			return (this.daysSinceLastOrder == null) ? 0
					: this.daysSinceLastOrder / this.typicalIntervalDays.doubleValue();
		}

	}

	private DefectionClock() {
	}

	/**
	 * The clock as of {@code asOf}.
	 * @param orderDays distinct order days within the window, in any order (days outside
	 * it are ignored)
	 * @param lastOrderDate the last non-cancelled order on or before asOf, null when none
	 * @param classDefaultDays the class default of the customer's class
	 * @param confirmedLost whether a user marked the customer lost
	 */
	public static Reading read(LocalDate asOf, List<LocalDate> orderDays, LocalDate lastOrderDate, int classDefaultDays,
			boolean confirmedLost) {
		if (lastOrderDate == null || lastOrderDate.isAfter(asOf)) {
			return new Reading(null, 0, null, null, null,
					confirmedLost ? RetentionState.LOST : RetentionState.PROSPECT);
		}
		LocalDate from = asOf.minusDays(WINDOW_DAYS);
		List<LocalDate> days = orderDays.stream()
			.filter((d) -> d.isAfter(from) && !d.isAfter(asOf))
			.distinct()
			.sorted()
			.toList();
		BigDecimal interval;
		IntervalSource source;
		if (days.size() >= 3) {
			interval = median(gaps(days));
			source = IntervalSource.HISTORY;
		}
		else {
			interval = BigDecimal.valueOf(classDefaultDays);
			source = IntervalSource.CLASS_DEFAULT;
		}
		long since = ChronoUnit.DAYS.between(lastOrderDate, asOf);
		return new Reading(lastOrderDate, days.size(), interval, source, since,
				confirmedLost ? RetentionState.LOST : state(since, interval));
	}

	static RetentionState state(long since, BigDecimal interval) {
		BigDecimal d = BigDecimal.valueOf(since);
		if (d.compareTo(interval.multiply(BigDecimal.valueOf(3))) > 0 || since > YEAR) {
			return RetentionState.DORMANT_SUGGESTED;
		}
		return (d.compareTo(interval.multiply(new BigDecimal("1.5"))) <= 0) ? RetentionState.ACTIVE
				: RetentionState.OVERDUE;
	}

	private static List<Long> gaps(List<LocalDate> sortedDays) {
		List<Long> gaps = new ArrayList<>();
		for (int i = 1; i < sortedDays.size(); i++) {
			gaps.add(ChronoUnit.DAYS.between(sortedDays.get(i - 1), sortedDays.get(i)));
		}
		return gaps;
	}

	/** The median; of an even count the mean of the two middle values. */
	static BigDecimal median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		if (n % 2 == 1) {
			return BigDecimal.valueOf(sorted.get(n / 2));
		}
		long sum = sorted.get(n / 2 - 1) + sorted.get(n / 2);
		return (sum % 2 == 0) ? BigDecimal.valueOf(sum / 2)
				: BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
	}

}
