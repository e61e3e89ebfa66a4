package org.salesteam.motivation.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control group's comparison (ADR 0046), by hand: participants up from 100,000 to
 * 115,000 (+15 %) while the non-participants went from 200,000 to 220,000 (+10 %) is a
 * lift of 5 points net of the market; participants flat while the others fell 20 % is +20
 * points; no year-earlier figure leaves the parts undefined.
 */
class ControlComparisonTests {

	private static BigDecimal money(String value) {
		return new BigDecimal(value);
	}

	@Test
	void theLiftIsNetOfWhatTheOthersDid() {
		ControlComparison grew = ControlComparison.of(money("115000"), money("100000"), money("220000"),
				money("200000"));
		assertThat(grew.participantsChange()).isEqualByComparingTo("0.15");
		assertThat(grew.controlChange()).isEqualByComparingTo("0.10");
		assertThat(grew.netOfControl()).isEqualByComparingTo("0.05");

		ControlComparison fell = ControlComparison.of(money("50000"), money("50000"), money("80000"), money("100000"));
		assertThat(fell.netOfControl()).isEqualByComparingTo("0.20");
	}

	@Test
	void withoutAYearEarlierFigureThereIsNoComparison() {
		ControlComparison noControlBase = ControlComparison.of(money("115000"), money("100000"), money("5000"),
				BigDecimal.ZERO);
		assertThat(noControlBase.participantsChange()).isEqualByComparingTo("0.15");
		assertThat(noControlBase.controlChange()).isNull();
		assertThat(noControlBase.netOfControl()).isNull();
		assertThat(ControlComparison.of(money("1"), BigDecimal.ZERO, money("2"), money("1")).netOfControl()).isNull();
	}

}
