package org.salesteam.evaluation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salesteam.evaluation.internal.PeerScoring;
import org.salesteam.evaluation.internal.PeerScoring.Metric;
import org.salesteam.evaluation.internal.PeerScoring.Person;
import org.salesteam.evaluation.internal.PeerScoring.Scored;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring contract of issue 15 against tables worked out by hand (the working is in
 * the comments): percentile p = 100 × (B + 0.5 × E) ÷ (n − 1), score = Σ wᵢ·pᵢ ÷ Σ wᵢ
 * over defined metrics, rank with shared better ranks, quartile ⌈4·rank ÷ n⌉.
 */
class PeerScoringTests {

	private static Person rated(String name, String a, String b) {
		return person(name, true, a, b);
	}

	private static Person person(String name, boolean rated, String a, String b) {
		Map<String, BigDecimal> values = new HashMap<>();
		values.put("A", (a != null) ? new BigDecimal(a) : null);
		values.put("B", (b != null) ? new BigDecimal(b) : null);
		return new Person(name, rated, values);
	}

	private static Scored of(List<Scored> scored, String name) {
		return scored.stream().filter((s) -> s.username().equals(name)).findFirst().orElseThrow();
	}

	private static BigDecimal percentile(Scored scored, String code) {
		return scored.metrics().stream().filter((m) -> m.code().equals(code)).findFirst().orElseThrow().percentile();
	}

	/**
	 * A (weight 60, higher is better): 10, 20, 20, 30, 40 → n − 1 = 4; p1 0; p2 and p3 (B
	 * 1, E 1) 37.5; p4 75; p5 100. B (weight 40, lower is better): 1, 2, 3, 4, undefined
	 * for p5 → n − 1 = 3; p1 100, p2 66.67, p3 33.33, p4 0. Scores: p1 (0 + 4000) ÷ 100 =
	 * 40.00; p2 (2250 + 2666.67) ÷ 100 = 49.17; p3 (2250 + 1333.33) ÷ 100 = 35.83; p4
	 * 4500 ÷ 100 = 45.00; p5 only A (weights rescaled): 100.00. Ranks p5 1, p2 2, p4 3,
	 * p1 4, p3 5; quartiles ⌈4r ÷ 5⌉: 1, 2, 3, 4, 4. p6 is too new: values shown, nothing
	 * rated, not a peer.
	 */
	@Test
	void percentilesScoresRanksAndQuartilesWithTiesUndefinedAndLowerIsBetter() {
		List<Metric> template = List.of(new Metric("A", 60, false), new Metric("B", 40, true));
		List<Scored> scored = PeerScoring.score(template,
				List.of(rated("p1", "10", "1"), rated("p2", "20", "2"), rated("p3", "20", "3"), rated("p4", "30", "4"),
						rated("p5", "40", null), person("p6", false, "50", "0")));

		assertThat(scored).extracting(Scored::username).containsExactly("p5", "p2", "p4", "p1", "p3", "p6");
		assertThat(percentile(of(scored, "p1"), "A")).isEqualByComparingTo("0");
		assertThat(percentile(of(scored, "p2"), "A")).isEqualByComparingTo("37.50");
		assertThat(percentile(of(scored, "p3"), "A")).isEqualByComparingTo("37.50");
		assertThat(percentile(of(scored, "p4"), "A")).isEqualByComparingTo("75");
		assertThat(percentile(of(scored, "p5"), "A")).isEqualByComparingTo("100");
		assertThat(percentile(of(scored, "p1"), "B")).isEqualByComparingTo("100");
		assertThat(percentile(of(scored, "p2"), "B")).isEqualByComparingTo("66.67");
		assertThat(percentile(of(scored, "p3"), "B")).isEqualByComparingTo("33.33");
		assertThat(percentile(of(scored, "p4"), "B")).isEqualByComparingTo("0");
		assertThat(percentile(of(scored, "p5"), "B")).isNull();
		assertThat(scored).extracting(Scored::score)
			.containsExactly(new BigDecimal("100.00"), new BigDecimal("49.17"), new BigDecimal("45.00"),
					new BigDecimal("40.00"), new BigDecimal("35.83"), null);
		assertThat(scored).extracting(Scored::rank).containsExactly(1, 2, 3, 4, 5, null);
		assertThat(scored).extracting(Scored::quartile).containsExactly(1, 2, 3, 4, 4, null);
		assertThat(scored).extracting(Scored::peerCount).containsOnly(5);
		Scored tooNew = of(scored, "p6");
		assertThat(tooNew.tooNewToRate()).isTrue();
		assertThat(tooNew.metrics().get(0).value()).isEqualByComparingTo("50");
		assertThat(percentile(tooNew, "A")).isNull();
	}

	/**
	 * Three peers 5, 5, 1: the two fives have B 1, E 1 → 100 × 1.5 ÷ 2 = 75; the one 0.
	 * Equal scores share the better rank (1, 1, 3); n &lt; 4 → no quartile.
	 */
	@Test
	void equalScoresShareTheBetterRankAndFewerThanFourHaveNoQuartile() {
		List<Scored> scored = PeerScoring.score(List.of(new Metric("A", 100, false)),
				List.of(rated("x", "5", null), rated("y", "1", null), rated("z", "5", null)));

		assertThat(scored).extracting(Scored::username).containsExactly("x", "z", "y");
		assertThat(scored).extracting(Scored::score)
			.containsExactly(new BigDecimal("75.00"), new BigDecimal("75.00"), new BigDecimal("0.00"));
		assertThat(scored).extracting(Scored::rank).containsExactly(1, 1, 3);
		assertThat(scored).extracting(Scored::quartile).containsOnlyNulls();
	}

	/**
	 * Four peers 10, 10, 10, 0: each ten has B 1, E 2 → 100 × 2 ÷ 3 = 66.67; ranks 1, 1,
	 * 1, 4; quartiles ⌈4 ÷ 4⌉ = 1 and ⌈16 ÷ 4⌉ = 4.
	 */
	@Test
	void aThreeWayTieSharesTheFirstQuartile() {
		List<Scored> scored = PeerScoring.score(List.of(new Metric("A", 100, false)),
				List.of(rated("a", "10", null), rated("b", "10", null), rated("c", "10", null), rated("d", "0", null)));

		assertThat(scored).extracting(Scored::score)
			.containsExactly(new BigDecimal("66.67"), new BigDecimal("66.67"), new BigDecimal("66.67"),
					new BigDecimal("0.00"));
		assertThat(scored).extracting(Scored::rank).containsExactly(1, 1, 1, 4);
		assertThat(scored).extracting(Scored::quartile).containsExactly(1, 1, 1, 4);
	}

	/**
	 * One rated peer: n = 1 → 50. A peer whose every metric is undefined has no score and
	 * no rank and is listed after the ranked ones; the quartile counts only ranked peers.
	 */
	@Test
	void aLonePeerIsAtFiftyAndAPeerWithoutDefinedMetricsIsNotRanked() {
		List<Scored> alone = PeerScoring.score(List.of(new Metric("A", 100, false)), List.of(rated("a", "3", null)));
		assertThat(alone.get(0).score()).isEqualByComparingTo("50.00");
		assertThat(alone.get(0).rank()).isEqualTo(1);
		assertThat(alone.get(0).quartile()).isNull();

		List<Scored> scored = PeerScoring.score(List.of(new Metric("A", 100, false)),
				List.of(rated("none", null, null), rated("a", "3", null)));
		assertThat(scored).extracting(Scored::username).containsExactly("a", "none");
		assertThat(scored.get(0).score()).isEqualByComparingTo("50.00");
		assertThat(scored.get(1).score()).isNull();
		assertThat(scored.get(1).rank()).isNull();
		assertThat(scored.get(1).peerCount()).isEqualTo(2);
	}

}
