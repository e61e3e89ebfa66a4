package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring contract, worked by hand: each mode's score, ties sharing the better rank,
 * lower-is-better ranking ascending, unranked rows, groups and prizes.
 */
class StandingsTests {

	private static final Standings.Prizes TOP_2 = new Standings.Prizes(PrizeMode.TOP_N, 2, null, null);

	private static BigDecimal d(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

	private static Standings.Entry rep(String username, String value, String baseline, String target,
			String potential) {
		return new Standings.Entry(username, false, d(value), d(baseline), d(target), d(potential));
	}

	private static Standings.Row row(List<Standings.Row> rows, String username) {
		return rows.stream().filter((row) -> row.username().equals(username)).findFirst().orElseThrow();
	}

	@Test
	void absoluteRanksTheValueAndTiesShareTheBetterRank() {
		List<Standings.Row> rows = Standings.of(
				List.of(rep("a", "100", null, null, null), rep("b", "300", null, null, null),
						rep("c", "100", null, null, null), rep("d", "50", null, null, null)),
				Scoring.ABSOLUTE, true, 28, TOP_2);
		// 300 → 1; 100, 100 → both 2; 50 → 4 (competition ranking)
		assertThat(rows).extracting(Standings.Row::username).containsExactly("b", "a", "c", "d");
		assertThat(rows).extracting(Standings.Row::rank).containsExactly(1, 2, 2, 4);
		assertThat(row(rows, "a").score()).isEqualByComparingTo("100");
		// top 2: rank ≤ 2, so the tie at 2 wins twice
		assertThat(rows).extracting(Standings.Row::prize).containsExactly("WINNER", "WINNER", "WINNER", null);
	}

	@Test
	void lowerIsBetterRanksAscending() {
		// e.g. a cancellation rate: 0.05 is best
		List<Standings.Row> rows = Standings.of(
				List.of(rep("a", "0.10", null, null, null), rep("b", "0.05", null, null, null),
						rep("c", "0.20", null, null, null)),
				Scoring.ABSOLUTE, false, 28, new Standings.Prizes(PrizeMode.THRESHOLD, null, d("0.10"), null));
		assertThat(rows).extracting(Standings.Row::username).containsExactly("b", "a", "c");
		assertThat(rows).extracting(Standings.Row::rank).containsExactly(1, 2, 3);
		// reaching a lower-is-better threshold means at or below it
		assertThat(rows).extracting(Standings.Row::prize).containsExactly("WINNER", "WINNER", null);
		assertThat(row(rows, "c").nextLevel()).isEqualByComparingTo("0.10");
	}

	@Test
	void percentOfTargetDividesByTheTargetAndLeavesThoseWithoutOneUnranked() {
		List<Standings.Row> rows = Standings.of(List.of(rep("a", "90000", null, "100000", null),
				rep("b", "60000", null, "50000", null), rep("c", "70000", null, null, null)), Scoring.PCT_OF_TARGET,
				true, 28, TOP_2);
		// b: 60000 / 50000 = 1.2; a: 90000 / 100000 = 0.9
		assertThat(row(rows, "b").score()).isEqualByComparingTo("1.2");
		assertThat(row(rows, "b").rank()).isEqualTo(1);
		assertThat(row(rows, "a").score()).isEqualByComparingTo("0.9");
		assertThat(row(rows, "a").rank()).isEqualTo(2);
		assertThat(row(rows, "c").rank()).isNull();
		assertThat(row(rows, "c").note()).isEqualTo("NO_TARGET");
		assertThat(rows.get(2).username()).isEqualTo("c");
	}

	@Test
	void liftIsTheChangeOverTheBaselineAndNoBaselineIsListedNotRanked() {
		List<Standings.Row> rows = Standings.of(
				List.of(rep("a", "120", "100", null, null), rep("b", "150", "200", null, null),
						rep("c", "80", null, null, null), rep("d", "10", "0", null, null)),
				Scoring.LIFT, true, 28, TOP_2);
		// a: (120 − 100) / 100 = 0.2; b: (150 − 200) / 200 = −0.25
		assertThat(row(rows, "a").score()).isEqualByComparingTo("0.2");
		assertThat(row(rows, "b").score()).isEqualByComparingTo("-0.25");
		assertThat(row(rows, "a").rank()).isEqualTo(1);
		assertThat(row(rows, "b").rank()).isEqualTo(2);
		assertThat(row(rows, "c").note()).isEqualTo("NO_BASELINE");
		assertThat(row(rows, "d").note()).isEqualTo("NO_BASELINE");
		assertThat(row(rows, "c").rank()).isNull();
	}

	@Test
	void perPotentialDividesByThePotentialOfTheWindow() {
		// window 73 days = 1/5 of a year: a's share of potential 1,000,000 is 200,000
		List<Standings.Row> rows = Standings.of(List.of(rep("a", "100000", null, null, "1000000"),
				rep("b", "30000", null, null, "100000"), rep("c", "5000", null, null, "0")), Scoring.PER_POTENTIAL,
				true, 73, TOP_2);
		// a: 100000 / 200000 = 0.5; b: 30000 / 20000 = 1.5
		assertThat(row(rows, "a").score()).isEqualByComparingTo("0.5");
		assertThat(row(rows, "b").score()).isEqualByComparingTo("1.5");
		assertThat(row(rows, "b").rank()).isEqualTo(1);
		assertThat(row(rows, "a").rank()).isEqualTo(2);
		assertThat(row(rows, "c").note()).isEqualTo("NO_POTENTIAL");
	}

	@Test
	void bracketedRanksInsideTercilesOfPotentialAndSupportStaffApart() {
		List<Standings.Entry> entries = List.of(rep("a", "10", null, null, "100"), rep("b", "20", null, null, "200"),
				rep("c", "50", null, null, "300"), rep("d", "40", null, null, "400"), rep("e", "90", null, null, "500"),
				rep("f", "80", null, null, "600"), new Standings.Entry("s", true, d("5"), null, null, null));
		List<Standings.Row> rows = Standings.of(entries, Scoring.BRACKETED, true, 28,
				new Standings.Prizes(PrizeMode.TOP_N, 1, null, null));
		// potentials ascending: a, b → LOW; c, d → MID; e, f → HIGH (index × 3 / 6)
		assertThat(row(rows, "a").group()).isEqualTo("LOW");
		assertThat(row(rows, "d").group()).isEqualTo("MID");
		assertThat(row(rows, "f").group()).isEqualTo("HIGH");
		assertThat(row(rows, "s").group()).isEqualTo("SUPPORT");
		// each bracket has its own winner: b (20 > 10), c (50 > 40), e (90 > 80); s alone
		assertThat(rows.stream().filter((row) -> "WINNER".equals(row.prize())).map(Standings.Row::username))
			.containsExactlyInAnyOrder("b", "c", "e", "s");
		assertThat(row(rows, "a").rank()).isEqualTo(2);
		assertThat(row(rows, "f").rank()).isEqualTo(2);
	}

	@Test
	void tiersGiveTheHighestLevelReachedAndTheNextOne() {
		Standings.Prizes tiers = new Standings.Prizes(PrizeMode.TIERS, null, null,
				new ContestDraft.Tiers(d("100"), d("150"), d("200")));
		List<Standings.Row> rows = Standings.of(List.of(rep("a", "160", null, null, null),
				rep("b", "99", null, null, null), rep("c", "200", null, null, null)), Scoring.ABSOLUTE, true, 28,
				tiers);
		assertThat(row(rows, "c").prize()).isEqualTo("CHALLENGE");
		assertThat(row(rows, "c").nextLevel()).isNull();
		assertThat(row(rows, "a").prize()).isEqualTo("SPRINT");
		assertThat(row(rows, "a").nextLevel()).isEqualByComparingTo("200");
		assertThat(row(rows, "b").prize()).isNull();
		assertThat(row(rows, "b").nextLevel()).isEqualByComparingTo("100");
	}

}
