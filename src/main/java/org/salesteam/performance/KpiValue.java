package org.salesteam.performance;

import java.math.BigDecimal;

/**
 * A KPI computed for one scope and period. {@code value} is numerator ÷ denominator for a
 * ratio and {@code null} when the denominator is zero or missing (undefined, never 0); an
 * amount or count has its value as numerator and no denominator.
 */
public record KpiValue(String code, BigDecimal value, BigDecimal numerator, BigDecimal denominator, KpiUnit unit) {

	public boolean defined() {
		return this.value != null;
	}

}
