package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the control group is the baseline (ADR 0053), by hand: three comparable reps with
 * year-earlier sales of 400 in every window are enough; a window without year-earlier
 * sales, or fewer than three reps, are not. The baseline of a window is the participants'
 * year-earlier sales × the group's now ÷ a year earlier: 1,000 × 480 ÷ 400 = 1,200.00,
 * and 1,000 × 100 ÷ 300 = 333.33 (to the cent, half up).
 */
class ControlGroupTests {

	private static List<BigDecimal> money(String... amounts) {
		return java.util.Arrays.stream(amounts).map(BigDecimal::new).toList();
	}

	@Test
	void enoughWithThreeRepsAndYearEarlierSalesInEveryWindow() {
		ControlGroups.ControlGroup group = new ControlGroups.ControlGroup(3, money("440", "480", "500"),
				money("400", "400", "400"));
		assertThat(group.enough()).isTrue();
		assertThat(group.baseline(1, new BigDecimal("1000"))).isEqualByComparingTo("1200.00");
		assertThat(new ControlGroups.ControlGroup(3, money("440", "100", "500"), money("400", "300", "400")).baseline(1,
				new BigDecimal("1000")))
			.isEqualByComparingTo("333.33");
	}

	@Test
	void notEnoughWithAnEmptyWindowOrTooFewReps() {
		assertThat(new ControlGroups.ControlGroup(3, money("440", "480", "500"), money("400", "0", "400")).enough())
			.isFalse();
		assertThat(new ControlGroups.ControlGroup(2, money("440", "480", "500"), money("400", "400", "400")).enough())
			.isFalse();
		assertThat(ControlGroups.ControlGroup.NONE.enough()).isFalse();
	}

}
