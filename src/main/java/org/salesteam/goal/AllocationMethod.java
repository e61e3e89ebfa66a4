package org.salesteam.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.salesteam.platform.BusinessRuleException;

/**
 * How a team goal is split among its reps: by hand, equally, by each rep's share of the
 * team's sales in the same period last year, or by each rep's share of the annual
 * purchase potential of the customers they hold.
 */
public enum AllocationMethod {

	MANUAL, EQUAL, LAST_YEAR_SHARE, POTENTIAL;

	/**
	 * Splits {@code total} in proportion to {@code weights} into whole multiples of
	 * {@code unit} (e.g. ¥100, or 1 for counts) that add up exactly (largest remainder):
	 * each part is its share rounded down to the unit; the units left over go one each to
	 * the parts with the largest remainders (among equal remainders the larger weight,
	 * then the earlier part); what is left smaller than a unit (a total that is not a
	 * multiple of the unit) goes on the largest part (the first of equals). All weights
	 * zero is a {@link BusinessRuleException} ({@code goal.error.noBasis}).
	 */
	public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights, BigDecimal unit) {
		BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (weights.isEmpty() || sum.signum() <= 0) {
			throw BusinessRuleException.onField("method", "goal.error.noBasis");
		}
		List<BigDecimal> parts = new ArrayList<>();
		List<BigDecimal> remainders = new ArrayList<>();
		for (BigDecimal weight : weights) {
			BigDecimal share = total.multiply(weight).divide(sum, 12, RoundingMode.DOWN);
			BigDecimal part = share.divide(unit, 0, RoundingMode.DOWN).multiply(unit);
			parts.add(part);
			remainders.add(share.subtract(part));
		}
		BigDecimal leftover = total.subtract(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		int units = leftover.divide(unit, 0, RoundingMode.DOWN).intValue();
		List<Integer> order = IntStream.range(0, parts.size())
			.boxed()
			.sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder())
				.thenComparing(weights::get, Comparator.reverseOrder())
				.thenComparing(Comparator.naturalOrder()))
			.toList();
		for (int i = 0; i < units; i++) {
			int at = order.get(i % order.size());
			parts.set(at, parts.get(at).add(unit));
		}
		BigDecimal residue = leftover.subtract(unit.multiply(BigDecimal.valueOf(units)));
		if (residue.signum() != 0) {
			int largest = 0;
			for (int i = 1; i < parts.size(); i++) {
				if (parts.get(i).compareTo(parts.get(largest)) > 0) {
					largest = i;
				}
			}
			parts.set(largest, parts.get(largest).add(residue));
		}
		return parts;
	}

}
