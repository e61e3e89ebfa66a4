package org.salesteam.keyaccount.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salesteam.keyaccount.PortfolioBox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The matrix arithmetic, worked by hand. */
class PortfolioScoringTests {

	private static Map<String, Integer> weights(Object... pairs) {
		Map<String, Integer> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return map;
	}

	@Test
	void attractivenessIsTheWeightedMeanScoreOnZeroToTen() {
		// 40·8 + 35·6 + 25·2 = 320 + 210 + 50 = 580 → 5.8
		Map<String, Integer> w = weights("volume", 40, "margin", 35, "payment", 25);
		assertThat(PortfolioScoring.attractiveness(w, Map.of("volume", 8.0, "margin", 6.0, "payment", 2.0)))
			.isCloseTo(5.8, within(1e-9));
		// every factor 10 → 10, every factor 0 → 0
		assertThat(PortfolioScoring.attractiveness(w, Map.of("volume", 10.0, "margin", 10.0, "payment", 10.0)))
			.isCloseTo(10.0, within(1e-9));
		assertThat(PortfolioScoring.attractiveness(w, Map.of("volume", 0.0, "margin", 0.0, "payment", 0.0))).isZero();
	}

	@Test
	void attractivenessIsUnknownWhileAFactorIsUnscored() {
		assertThat(PortfolioScoring.attractiveness(weights("volume", 50, "margin", 50), Map.of("volume", 8.0)))
			.isNull();
		assertThat(PortfolioScoring.attractiveness(Map.of(), Map.of())).isNull();
	}

	@Test
	void relativeStrengthIsOursOverTheBestCompetitors() {
		// price 50, quality 30, delivery 20; us 6/8/5, best 8/6/5
		// ours 300 + 240 + 100 = 640, theirs 400 + 180 + 100 = 680 → 0.941…
		Map<String, Integer> v = weights("price", 50, "quality", 30, "delivery", 20);
		Double rs = PortfolioScoring.relativeStrength(v, Map.of("price", 6.0, "quality", 8.0, "delivery", 5.0),
				Map.of("price", 8.0, "quality", 6.0, "delivery", 5.0));
		assertThat(rs).isCloseTo(640.0 / 680.0, within(1e-9));
		// equal scores → parity 1.0
		assertThat(PortfolioScoring.relativeStrength(v, Map.of("price", 4.0, "quality", 4.0, "delivery", 4.0),
				Map.of("price", 4.0, "quality", 4.0, "delivery", 4.0)))
			.isCloseTo(1.0, within(1e-9));
	}

	@Test
	void relativeStrengthIsUndefinedWhenTheCompetitorsSideIsZero() {
		Map<String, Integer> v = weights("price", 100);
		assertThat(PortfolioScoring.relativeStrength(v, Map.of("price", 7.0), Map.of("price", 0.0))).isNull();
		assertThat(PortfolioScoring.relativeStrength(v, Map.of("price", 7.0), Map.of())).isNull();
	}

	@Test
	void theBoxComesFromTheCutAndParity() {
		assertThat(PortfolioBox.of(5.0, 1.0, 5.0)).isEqualTo(PortfolioBox.STRATEGIC);
		assertThat(PortfolioBox.of(7.5, 0.99, 5.0)).isEqualTo(PortfolioBox.STAR);
		assertThat(PortfolioBox.of(4.99, 1.2, 5.0)).isEqualTo(PortfolioBox.STATUS);
		assertThat(PortfolioBox.of(2.0, 0.5, 5.0)).isEqualTo(PortfolioBox.STREAMLINE);
		// another cut moves the line
		assertThat(PortfolioBox.of(5.5, 1.0, 6.0)).isEqualTo(PortfolioBox.STATUS);
		assertThat(PortfolioBox.of(null, 1.0, 5.0)).isNull();
		assertThat(PortfolioBox.of(6.0, null, 5.0)).isNull();
	}

	@Test
	void theSpreadIsThePopulationStandardDeviationOfTheScorers() {
		// 3 and 7: mean 5, squares 4 + 4, ÷ 2 = 4, √4 = 2 (flagged)
		assertThat(PortfolioScoring.spread(List.of(3.0, 7.0))).isCloseTo(2.0, within(1e-9));
		// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squares 9+1+1+1+0+0+4+16 = 32, ÷ 8 = 4 → 2
		assertThat(PortfolioScoring.spread(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0))).isCloseTo(2.0,
				within(1e-9));
		// 5 and 6: squares 0.25 + 0.25, ÷ 2 = 0.25 → 0.5
		assertThat(PortfolioScoring.spread(List.of(5.0, 6.0))).isCloseTo(0.5, within(1e-9));
		assertThat(PortfolioScoring.spread(List.of(8.0))).isZero();
		assertThat(PortfolioScoring.spread(List.of())).isNull();
		assertThat(PortfolioScoring.mean(List.of(8.0, 4.0))).isEqualTo(6.0);
	}

}
