package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 大销量/小销量: the amount above which an opportunity is a large deal, whose coaching goes
 * plan–do–check. {@code salesteam.coaching.large-deal-amount} fixes it (CNY, > 0);
 * otherwise it is the {@code salesteam.coaching.large-deal-percentile} (default 80th)
 * percentile of the open opportunities' amounts, by nearest rank, as of now.
 */
@Component
class LargeDeals {

	private final JdbcClient jdbc;

	private final BigDecimal fixedAmount;

	private final int percentile;

	LargeDeals(JdbcClient jdbc, @Value("${salesteam.coaching.large-deal-amount:0}") BigDecimal fixedAmount,
			@Value("${salesteam.coaching.large-deal-percentile:80}") int percentile) {
		this.jdbc = jdbc;
		this.fixedAmount = fixedAmount;
		this.percentile = percentile;
	}

	/** The threshold now; empty when there is no open opportunity and none is fixed. */
	Optional<BigDecimal> threshold() {
		if (this.fixedAmount != null && this.fixedAmount.signum() > 0) {
			return Optional.of(this.fixedAmount);
		}
		List<BigDecimal> amounts = this.jdbc
			.sql("select amount from opportunity where stage not in ('WON', 'LOST') order by amount")
			.query(BigDecimal.class)
			.list();
		return Optional.ofNullable(nearestRank(amounts, this.percentile));
	}

	/**
	 * The p-th percentile of ascending values by nearest rank: the value at rank ⌈p/100 ×
	 * n⌉ (1-based); {@code null} for no values.
	 */
	static BigDecimal nearestRank(List<BigDecimal> ascending, int p) {
		if (ascending.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(p / 100.0 * ascending.size());
		return ascending.get(Math.max(1, Math.min(rank, ascending.size())) - 1);
	}

	/**
	 * Whether an opportunity of this amount is a large deal: strictly above the
	 * threshold.
	 */
	static boolean isLarge(BigDecimal amount, BigDecimal threshold) {
		return amount != null && threshold != null && amount.compareTo(threshold) > 0;
	}

}
