package org.salesteam.motivation.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The effectiveness figures, worked by hand. */
class EffectFiguresTests {

	private static BigDecimal[] of(String... values) {
		BigDecimal[] result = new BigDecimal[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = new BigDecimal(values[i]);
		}
		return result;
	}

	@Test
	void salesMovedFromTheWeekAfterIntoTheLastContestWeekAreNoGain() {
		// baseline 100,000 a window; 20,000 of the week after booked in the contest's
		// last week
		EffectFigures figures = EffectFigures.of(of("100000", "120000", "80000"), of("100000", "100000", "100000"),
				new BigDecimal("0.25"), new BigDecimal("5000"), BigDecimal.ZERO, true);
		assertThat(figures.preDip()).isEqualByComparingTo("0");
		assertThat(figures.lift()).isEqualByComparingTo("0.2");
		assertThat(figures.postDip()).isEqualByComparingTo("-0.2");
		// (0 + 20000 − 20000) × 0.25 = 0
		assertThat(figures.netIncrementalProfit()).isEqualByComparingTo("0");
		// (0 − 5000) / 5000 = −1
		assertThat(figures.roi()).isEqualByComparingTo("-1");
		assertThat(figures.verdict()).isEqualTo("NOT_EFFECTIVE");
	}

	@Test
	void aContestThatWonSalesAndKeptTheMarginIsEffective() {
		// pre −5 %, lift +30 %, post 0: Σ = −5000 + 30000 + 0 = 25000; × 0.3 = 7500
		EffectFigures figures = EffectFigures.of(of("95000", "130000", "100000"), of("100000", "100000", "100000"),
				new BigDecimal("0.3"), new BigDecimal("5000"), new BigDecimal("-0.005"), true);
		assertThat(figures.preDip()).isEqualByComparingTo("-0.05");
		assertThat(figures.lift()).isEqualByComparingTo("0.3");
		assertThat(figures.netIncrementalProfit()).isEqualByComparingTo("7500");
		// (7500 − 5000) / 5000 = 0.5
		assertThat(figures.roi()).isEqualByComparingTo("0.5");
		assertThat(figures.verdict()).isEqualTo("EFFECTIVE");
	}

	@Test
	void aMarginDropOfMoreThanOnePointSpoilsIt() {
		EffectFigures figures = EffectFigures.of(of("95000", "130000", "100000"), of("100000", "100000", "100000"),
				new BigDecimal("0.3"), new BigDecimal("5000"), new BigDecimal("-0.02"), true);
		assertThat(figures.roi()).isEqualByComparingTo("0.5");
		assertThat(figures.verdict()).isEqualTo("NOT_EFFECTIVE");
	}

	@Test
	void theVerdictWaitsForTheWindowAfter() {
		EffectFigures figures = EffectFigures.of(of("95000", "130000", "100000"), of("100000", "100000", "100000"),
				new BigDecimal("0.3"), new BigDecimal("5000"), null, false);
		assertThat(figures.verdict()).isEqualTo("PENDING");
		assertThat(figures.netIncrementalProfit()).isEqualByComparingTo("7500");
	}

	@Test
	void workingDaysAreMondayToFriday() {
		// December 2026: 1st is a Tuesday; 23 working days
		assertThat(
				ContestTargets.workingDays(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 31)))
			.isEqualTo(23);
	}

}
