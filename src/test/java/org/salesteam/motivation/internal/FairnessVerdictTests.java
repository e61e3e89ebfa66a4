package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fairness verdict, worked by hand: Gini of win counts and the top quartile's share.
 */
class FairnessVerdictTests {

	private static final List<String> EIGHT = List.of("a", "b", "c", "d", "e", "f", "g", "h");

	/**
	 * Potentials: h is largest, then g, … a smallest; top quartile (⌈8 ÷ 4⌉ = 2) = g, h.
	 */
	private static final Map<String, BigDecimal> POTENTIAL = Map.of("a", BigDecimal.valueOf(1), "b",
			BigDecimal.valueOf(2), "c", BigDecimal.valueOf(3), "d", BigDecimal.valueOf(4), "e", BigDecimal.valueOf(5),
			"f", BigDecimal.valueOf(6), "g", BigDecimal.valueOf(7), "h", BigDecimal.valueOf(8));

	@Test
	void winsSpreadOverSmallAndLargeTerritoriesAreFair() {
		// wins: a..h two each over four windows of four winners: all equal → Gini 0
		FairnessVerdict verdict = FairnessVerdict.of(EIGHT, POTENTIAL, List.of(List.of("a", "b", "c", "d"),
				List.of("e", "f", "g", "h"), List.of("a", "c", "e", "g"), List.of("b", "d", "f", "h")));
		assertThat(verdict.verdict()).isEqualTo("FAIR");
		assertThat(verdict.gini()).isEqualByComparingTo("0");
		// g and h: 4 of 16 wins
		assertThat(verdict.topQuartileShare()).isEqualByComparingTo("0.25");
		assertThat(verdict.reasons()).isEmpty();
	}

	@Test
	void theLargestTerritoriesTakingMostWinsIsUnfair() {
		// h wins every window, g three of them, a once: counts h4 g3 a1, others 0, total
		// 8
		FairnessVerdict verdict = FairnessVerdict.of(EIGHT, POTENTIAL,
				List.of(List.of("h", "g"), List.of("h", "g"), List.of("h", "g"), List.of("h", "a")));
		// share = 7 / 8 = 0.875
		assertThat(verdict.topQuartileShare()).isEqualByComparingTo("0.875");
		// Σ|xi − xj| over ordered pairs: pairs (4,3):1 (4,1):3 (3,1):2, each ×2 → 12;
		// with the
		// five zeros: 5 × (4 + 3 + 1) × 2 = 80 → 92; 2 n total = 2 × 8 × 8 = 128 →
		// 0.71875
		assertThat(verdict.gini()).isEqualByComparingTo("0.7188");
		assertThat(verdict.reasons()).containsExactly("TOP_QUARTILE", "GINI");
		assertThat(verdict.verdict()).isEqualTo("UNFAIR");
	}

	@Test
	void aConcentrationAmongSmallTerritoriesIsUnfairByGiniAlone() {
		// a wins all four windows: counts a4, 7 zeros; Σ = 7 × 4 × 2 = 56; 2 × 8 × 4 = 64
		// → 0.875
		FairnessVerdict verdict = FairnessVerdict.of(EIGHT, POTENTIAL,
				List.of(List.of("a"), List.of("a"), List.of("a"), List.of("a")));
		assertThat(verdict.gini()).isEqualByComparingTo("0.875");
		assertThat(verdict.topQuartileShare()).isEqualByComparingTo("0");
		assertThat(verdict.reasons()).containsExactly("GINI");
	}

	@Test
	void nobodyWinningIsNeitherConcentratedNorShared() {
		FairnessVerdict verdict = FairnessVerdict.of(EIGHT, POTENTIAL, List.of(List.of(), List.of()));
		assertThat(verdict.gini()).isEqualByComparingTo("0");
		assertThat(verdict.topQuartileShare()).isNull();
		assertThat(verdict.fair()).isTrue();
	}

}
