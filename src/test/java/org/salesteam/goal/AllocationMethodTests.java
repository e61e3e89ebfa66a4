package org.salesteam.goal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Splits add up exactly; the remainder goes on the largest part. */
class AllocationMethodTests {

	private static List<BigDecimal> amounts(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

	@Test
	void equalThirdsOfMoneyPutTheCentOnTheFirstLargest() {
		List<BigDecimal> parts = AllocationMethod.split(new BigDecimal("100000.00"), amounts("1", "1", "1"), 2);
		assertThat(parts).containsExactly(new BigDecimal("33333.34"), new BigDecimal("33333.33"),
				new BigDecimal("33333.33"));
	}

	@Test
	void byShareTheRemainderGoesOnTheLargestShare() {
		// 1000 by 1 : 2 : 4 (sum 7) → 142.857… 285.714… 571.428… → 142.85, 285.71, 571.42
		// (999.98); +0.02 on 571.42
		List<BigDecimal> parts = AllocationMethod.split(new BigDecimal("1000"), amounts("10", "20", "40"), 2);
		assertThat(parts).containsExactly(new BigDecimal("142.85"), new BigDecimal("285.71"), new BigDecimal("571.44"));
		assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000");
	}

	@Test
	void countsAreWholeNumbers() {
		// 10 customers by 3 : 3 : 1 → 4.28 4.28 1.42 → 4 4 1, one left over on the first
		// 4
		List<BigDecimal> parts = AllocationMethod.split(new BigDecimal("10.00"), amounts("3", "3", "1"), 0);
		assertThat(parts).containsExactly(new BigDecimal("5"), new BigDecimal("4"), new BigDecimal("1"));
	}

	@Test
	void aRepWithoutBasisGetsNothing() {
		List<BigDecimal> parts = AllocationMethod.split(new BigDecimal("900"), amounts("0", "2", "1"), 0);
		assertThat(parts).containsExactly(new BigDecimal("0"), new BigDecimal("600"), new BigDecimal("300"));
	}

	@Test
	void noBasisAtAllIsRefused() {
		assertThatThrownBy(() -> AllocationMethod.split(new BigDecimal("900"), amounts("0", "0"), 0))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("goal.error.noBasis"));
	}

}
