package org.salesteam.sales.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credit check: open receivables + uninvoiced orders + this order against the limit.
 */
class CreditPolicyTests {

	@Test
	void anOrderThatTakesTheExposureOverTheLimitIsRefused() {
		// 60,000 open + 25,000 uninvoiced + 20,000 new = 105,000 > 100,000
		CreditPolicy.Check check = CreditPolicy.check(new BigDecimal("100000"), new BigDecimal("60000"),
				new BigDecimal("25000"), new BigDecimal("20000"));
		assertThat(check.exceeded()).isTrue();
		assertThat(check.exposure()).isEqualByComparingTo("105000");
		assertThat(check.limit()).isEqualByComparingTo("100000");
	}

	@Test
	void anExposureExactlyAtTheLimitPasses() {
		assertThat(CreditPolicy
			.check(new BigDecimal("100000"), new BigDecimal("60000"), new BigDecimal("25000"), new BigDecimal("15000"))
			.exceeded()).isFalse();
		assertThat(CreditPolicy
			.check(new BigDecimal("100000"), new BigDecimal("60000"), new BigDecimal("25000"),
					new BigDecimal("15000.01"))
			.exceeded()).isTrue();
	}

	@Test
	void aLimitOfZeroMeansNoCreditCheck() {
		assertThat(CreditPolicy.check(BigDecimal.ZERO, new BigDecimal("9999999"), null, new BigDecimal("1")).exceeded())
			.isFalse();
		assertThat(CreditPolicy.check(null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE).exceeded()).isFalse();
	}

	@Test
	void theRepsTerritoryIsCreditedUnlessTheyCoverTheCustomers() {
		assertThat(TerritoryChoice.choose(java.util.List.of(11L, 12L), 12L)).isEqualTo(12L);
		assertThat(TerritoryChoice.choose(java.util.List.of(11L, 12L), 30L)).isEqualTo(11L);
		assertThat(TerritoryChoice.choose(java.util.List.of(), 30L)).isEqualTo(30L);
		assertThat(TerritoryChoice.choose(java.util.List.of(), null)).isNull();
	}

}
