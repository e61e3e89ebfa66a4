package org.salesteam.customer.internal;

import java.math.BigDecimal;
import java.util.Objects;

import org.salesteam.customer.CustomerClass;

/**
 * 客户分级 by annual purchase potential: A from {@code classAMin}, B from {@code classBMin},
 * C below. Both bounds are inclusive.
 */
public record ClassificationPolicy(BigDecimal classAMin, BigDecimal classBMin) {

	public ClassificationPolicy {
		Objects.requireNonNull(classAMin);
		Objects.requireNonNull(classBMin);
		if (classAMin.compareTo(classBMin) <= 0) {
			throw new IllegalArgumentException("A threshold must be above the B threshold");
		}
	}

	public CustomerClass classify(BigDecimal potential) {
		BigDecimal value = (potential != null) ? potential : BigDecimal.ZERO;
		if (value.compareTo(this.classAMin) >= 0) {
			return CustomerClass.A;
		}
		if (value.compareTo(this.classBMin) >= 0) {
			return CustomerClass.B;
		}
		return CustomerClass.C;
	}

}
