package org.salesteam.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.platform.BusinessRuleException;

/**
 * How a team goal is split among its reps: by hand, equally, by each rep's share of the
 * team's sales in the same period last year, or by each rep's share of the annual
 * purchase potential of the customers they hold.
 */
public enum AllocationMethod {

	MANUAL, EQUAL, LAST_YEAR_SHARE, POTENTIAL;

	/**
	 * Splits {@code total} in proportion to {@code weights} with {@code scale} decimals
	 * so that the parts add up exactly: each part is rounded down, and what is left over
	 * goes to the largest part (the first of equals). All weights zero is a
	 * {@link BusinessRuleException} ({@code goal.error.noBasis}).
	 */
	public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights, int scale) {
		BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (weights.isEmpty() || sum.signum() <= 0) {
			throw BusinessRuleException.onField("method", "goal.error.noBasis");
		}
		List<BigDecimal> parts = new ArrayList<>();
		int largest = 0;
		for (int i = 0; i < weights.size(); i++) {
			parts.add(total.multiply(weights.get(i)).divide(sum, scale, RoundingMode.DOWN));
			if (parts.get(i).compareTo(parts.get(largest)) > 0) {
				largest = i;
			}
		}
		BigDecimal rest = total.setScale(scale, RoundingMode.UNNECESSARY)
			.subtract(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
		parts.set(largest, parts.get(largest).add(rest));
		return parts;
	}

}
