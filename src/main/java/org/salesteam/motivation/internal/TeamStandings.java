package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 团队排名 and the team prize as a pure function (ADR 0039): a team's score is the mean of
 * its ranked reps' scores — the mean, not the sum, so that a bigger team does not win by
 * headcount (the handbook's 不公平) — ranked in the KPI's direction, ties sharing the better
 * rank. Support staff are left out (they are ranked apart, on a share of their accounts).
 * With at least two ranked teams the best (rank 1, all of them on a tie) wins the team
 * prize; a team without a ranked rep is listed, not ranked.
 */
public final class TeamStandings {

	/** A team's line: its reps, those ranked, their mean score, rank and prize. */
	public record TeamRow(long teamId, int reps, int ranked, BigDecimal score, Integer rank, boolean winner) {
	}

	private TeamStandings() {
	}

	/**
	 * @param teamOf each rep's team (participants outside the contest's teams are not in
	 * it)
	 */
	public static List<TeamRow> of(List<Standings.Row> rows, Map<String, Long> teamOf, boolean higherIsBetter) {
		Map<Long, List<Standings.Row>> byTeam = new TreeMap<>();
		for (Standings.Row row : rows) {
			Long team = teamOf.get(row.username());
			if (team != null && !row.support()) {
				byTeam.computeIfAbsent(team, (t) -> new ArrayList<>()).add(row);
			}
		}
		List<TeamRow> scored = new ArrayList<>();
		List<TeamRow> unscored = new ArrayList<>();
		byTeam.forEach((team, members) -> {
			List<BigDecimal> scores = members.stream().filter(Standings.Row::ranked).map(Standings.Row::score).toList();
			if (scores.isEmpty()) {
				unscored.add(new TeamRow(team, members.size(), 0, null, null, false));
			}
			else {
				BigDecimal mean = scores.stream()
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(scores.size()), Standings.SCALE, RoundingMode.HALF_UP);
				scored.add(new TeamRow(team, members.size(), scores.size(), mean, null, false));
			}
		});
		Comparator<TeamRow> better = Comparator.comparing(TeamRow::score);
		scored.sort((higherIsBetter ? better.reversed() : better).thenComparingLong(TeamRow::teamId));
		List<TeamRow> result = new ArrayList<>();
		int rank = 0;
		for (int i = 0; i < scored.size(); i++) {
			TeamRow row = scored.get(i);
			if (i == 0 || row.score().compareTo(scored.get(i - 1).score()) != 0) {
				rank = i + 1;
			}
			result.add(new TeamRow(row.teamId(), row.reps(), row.ranked(), row.score(), rank,
					rank == 1 && scored.size() >= 2));
		}
		result.addAll(unscored);
		return result;
	}

}
