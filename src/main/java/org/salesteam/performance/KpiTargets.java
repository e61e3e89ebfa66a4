package org.salesteam.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SPI: the goal a scope has for a period, contributed by the module that keeps goals.
 * With no implementation (or an empty answer) the KPIs measured against a goal
 * ({@code SALES_VS_GOAL}, {@code CUSTOMERS_VS_GOAL}) are undefined. When several beans
 * exist, the first non-empty answer counts.
 */
public interface KpiTargets {

	/** The goal type whose target {@code SALES_VS_GOAL} uses. */
	String SALES_VOLUME = "SALES_VOLUME";

	/** The goal type whose target {@code CUSTOMERS_VS_GOAL} uses. */
	String ACTIVE_CUSTOMERS = "ACTIVE_CUSTOMERS";

	/**
	 * The approved target of this goal type for exactly this scope and period (an
	 * implementation may add up the goals whose periods make up the range), if any.
	 */
	Optional<BigDecimal> target(String goalType, KpiScope scope, LocalDate from, LocalDate to);

	/**
	 * {@link #target} for many scopes at once (a scorecard of every rep): the scopes that
	 * have a target, with it. An implementation should answer with a fixed number of
	 * reads whatever the number of scopes; this default asks one scope at a time.
	 */
	default Map<KpiScope, BigDecimal> targets(String goalType, Collection<KpiScope> scopes, LocalDate from,
			LocalDate to) {
		Map<KpiScope, BigDecimal> found = new HashMap<>();
		for (KpiScope scope : scopes) {
			target(goalType, scope, from, to).ifPresent((target) -> found.put(scope, target));
		}
		return found;
	}

}
