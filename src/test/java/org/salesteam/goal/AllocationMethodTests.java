package org.salesteam.goal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Splits are whole rounding units and add up exactly: each part is its share rounded down
 * to the unit, the units left over go one each to the largest remainders (the larger
 * share, then the earlier rep, among equals), and what is smaller than a unit goes on the
 * largest part (the first of equals).
 */
class AllocationMethodTests {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static List<BigDecimal> amounts(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

	@Test
	void aHundredThousandInThreeEqualPartsOfWholeHundreds() {
		// 33,333.33 each → 33,300 each (99,900); one hundred left: equal remainders, the
		// first rep takes it
		List<BigDecimal> parts = AllocationMethod.split(new BigDecimal("100000.00"), amounts("1", "1", "1"), HUNDRED);
		assertThat(parts).containsExactly(new BigDecimal("33400"), new BigDecimal("33300"), new BigDecimal("33300"));
	}

	@Test
	void theLeftoverHundredsGoToTheLargestRemainders() {
		// 100,000 by 1 : 2 : 4 (sum 7) → 14,285.71 28,571.43 57,142.86 → 14,200 28,500
		// 57,100
		// (99,800); remainders 85.71, 71.43, 42.86 → one hundred each to the first two
		List<BigDecimal> parts = AllocationMethod.split(new BigDecimal("100000"), amounts("10", "20", "40"), HUNDRED);
		assertThat(parts).containsExactly(new BigDecimal("14300"), new BigDecimal("28600"), new BigDecimal("57100"));
		assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100000");
	}

	@Test
	void lessThanAUnitGoesOnTheLargestPart() {
		// 100,050.50 in two equal parts: 50,025.25 → 50,000 each; 50.50 left, less than a
		// unit → on the first of the equal largest parts
		List<BigDecimal> parts = AllocationMethod.split(new BigDecimal("100050.50"), amounts("1", "1"), HUNDRED);
		assertThat(parts).containsExactly(new BigDecimal("50050.50"), new BigDecimal("50000"));
	}

	@Test
	void countsAreWholeNumbers() {
		// 10 customers by 3 : 3 : 1 → 4.29 4.29 1.43 → 4 4 1; one left over, the largest
		// remainder is the third's (0.43)
		List<BigDecimal> parts = AllocationMethod.split(new BigDecimal("10.00"), amounts("3", "3", "1"),
				BigDecimal.ONE);
		assertThat(parts).containsExactly(new BigDecimal("4"), new BigDecimal("4"), new BigDecimal("2"));
	}

	@Test
	void aRepWithoutBasisGetsNothing() {
		List<BigDecimal> parts = AllocationMethod.split(new BigDecimal("900"), amounts("0", "2", "1"), BigDecimal.ONE);
		assertThat(parts).containsExactly(new BigDecimal("0"), new BigDecimal("600"), new BigDecimal("300"));
	}

	@Test
	void noBasisAtAllIsRefused() {
		assertThatThrownBy(() -> AllocationMethod.split(new BigDecimal("900"), amounts("0", "0"), BigDecimal.ONE))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("goal.error.noBasis"));
	}

}
