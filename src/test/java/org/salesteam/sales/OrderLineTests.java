package org.salesteam.sales;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The amounts of an order line: net, cost, gross profit. */
class OrderLineTests {

	@Test
	void netAmountIsQuantityTimesPriceLessTheDiscountRoundedToTheFen() {
		// 1,250 × 3.37 = 4,212.50; × (1 − 0.075) = 3,896.5625 → 3,896.56
		OrderLine line = OrderLine.of(1, 7L, new BigDecimal("1250"), new BigDecimal("3.37"), new BigDecimal("0.075"),
				null, null, new BigDecimal("2.10"));
		assertThat(line.getNetAmount()).isEqualByComparingTo("3896.56");
		// cost 1,250 × 2.10 = 2,625.00; profit 3,896.56 − 2,625.00 = 1,271.56
		assertThat(line.getCost()).isEqualByComparingTo("2625.00");
		assertThat(line.grossProfit()).isEqualByComparingTo("1271.56");
	}

	@Test
	void noDiscountMeansTheFullPrice() {
		OrderLine line = OrderLine.of(1, 7L, new BigDecimal("3"), new BigDecimal("0.335"), null, null, null,
				BigDecimal.ZERO);
		// 3 × 0.335 = 1.005 → half-up 1.01
		assertThat(line.getNetAmount()).isEqualByComparingTo("1.01");
		assertThat(line.getDiscount()).isEqualByComparingTo("0");
	}

	@Test
	void anAgreedNetAmountAndAKnownCostWinOverTheComputedOnes() {
		OrderLine line = OrderLine.of(2, 7L, new BigDecimal("100"), new BigDecimal("10"), new BigDecimal("0.1"),
				new BigDecimal("888.88"), new BigDecimal("500"), new BigDecimal("6"));
		assertThat(line.getNetAmount()).isEqualByComparingTo("888.88");
		assertThat(line.getCost()).isEqualByComparingTo("500.00");
		assertThat(line.getLineNo()).isEqualTo("2");
	}

	@Test
	void profitIsNegativeWhenTheDiscountEatsTheMargin() {
		// 2,000 × 5.80 × 0.88 = 10,208.00; cost 2,000 × 5.35 = 10,700.00; profit −492.00
		OrderLine line = OrderLine.of(1, 7L, new BigDecimal("2000"), new BigDecimal("5.80"), new BigDecimal("0.12"),
				null, null, new BigDecimal("5.35"));
		assertThat(line.getNetAmount()).isEqualByComparingTo("10208.00");
		assertThat(line.getCost()).isEqualByComparingTo("10700.00");
		assertThat(line.grossProfit()).isEqualByComparingTo("-492.00");
	}

}
