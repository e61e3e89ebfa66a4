package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team ranking worked by hand: the mean of the ranked reps' scores (not the sum),
 * support staff and unranked reps left out, ties sharing the better rank, lower-is-better
 * ascending, and the team prize only when at least two teams are ranked.
 */
class TeamStandingsTests {

	private static final Standings.Prizes NONE = new Standings.Prizes(PrizeMode.TOP_N, 1, null, null);

	private static Standings.Entry rep(String username, String value) {
		return new Standings.Entry(username, false, (value != null) ? new BigDecimal(value) : null, null, null, null);
	}

	private static List<Standings.Row> rows(boolean higherIsBetter, Standings.Entry... entries) {
		return Standings.of(List.of(entries), Scoring.ABSOLUTE, higherIsBetter, 28, NONE);
	}

	@Test
	void aTeamScoresTheMeanOfItsRankedRepsSoHeadcountDoesNotWin() {
		// team 1: 100, 200, 300 → mean 200 (sum 600); team 2: 250, 250 → mean 250 (sum
		// 500);
		// team 3: only an unranked rep (no value) → listed, not ranked; support staff
		// apart
		List<Standings.Row> rows = rows(true, rep("a", "100"), rep("b", "200"), rep("c", "300"), rep("d", "250"),
				rep("e", "250"), rep("f", null),
				new Standings.Entry("s", true, new BigDecimal("9999"), null, null, null));
		List<TeamStandings.TeamRow> teams = TeamStandings.of(rows,
				Map.of("a", 1L, "b", 1L, "c", 1L, "d", 2L, "e", 2L, "f", 3L, "s", 1L), true);
		assertThat(teams).extracting(TeamStandings.TeamRow::teamId).containsExactly(2L, 1L, 3L);
		assertThat(teams.get(0).score()).isEqualByComparingTo("250");
		assertThat(teams.get(1).score()).isEqualByComparingTo("200");
		assertThat(teams.get(1).reps()).isEqualTo(3);
		assertThat(teams).extracting(TeamStandings.TeamRow::rank).containsExactly(1, 2, null);
		assertThat(teams).extracting(TeamStandings.TeamRow::winner).containsExactly(true, false, false);
		assertThat(teams.get(2).ranked()).isZero();
	}

	@Test
	void tiesShareTheBetterRankAndLowerIsBetterRanksAscending() {
		// a cancellation rate: team 1 mean (0.10 + 0.20) ÷ 2 = 0.15, team 2 0.15, team 3
		// 0.05
		List<Standings.Row> rows = rows(false, rep("a", "0.10"), rep("b", "0.20"), rep("c", "0.15"), rep("d", "0.05"));
		List<TeamStandings.TeamRow> teams = TeamStandings.of(rows, Map.of("a", 1L, "b", 1L, "c", 2L, "d", 3L), false);
		assertThat(teams).extracting(TeamStandings.TeamRow::teamId).containsExactly(3L, 1L, 2L);
		assertThat(teams).extracting(TeamStandings.TeamRow::rank).containsExactly(1, 2, 2);
		assertThat(teams).extracting(TeamStandings.TeamRow::winner).containsExactly(true, false, false);
	}

	@Test
	void aSingleTeamWinsNoTeamPrize() {
		List<TeamStandings.TeamRow> teams = TeamStandings.of(rows(true, rep("a", "1"), rep("b", "2")),
				Map.of("a", 1L, "b", 1L), true);
		assertThat(teams).singleElement().satisfies((team) -> {
			assertThat(team.rank()).isEqualTo(1);
			assertThat(team.winner()).isFalse();
			assertThat(team.score()).isEqualByComparingTo("1.5");
		});
	}

}
