package org.salesteam.customer;

import java.util.Map;

import org.salesteam.platform.UserPrincipal;

/**
 * The size and mix of the customers a user may see — for home pages and dashboards.
 * Counts only what the user's visibility allows; the pool is counted separately
 * (customers without an owner).
 */
public interface CustomerPortfolio {

	/**
	 * @param total visible owned customers
	 * @param byClass visible customers per A/B/C class (every class present, zero when
	 * none)
	 * @param byStatus visible customers per lifecycle status (every status present)
	 * @param keyAccounts visible key accounts
	 * @param pool customers in the pool, or {@code null} for users who may not see the
	 * pool
	 */
	record Portfolio(long total, Map<CustomerClass, Long> byClass, Map<CustomerStatus, Long> byStatus, long keyAccounts,
			Long pool) {
	}

	Portfolio of(UserPrincipal user);

}
