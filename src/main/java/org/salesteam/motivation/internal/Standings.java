package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract of scoring, ranking and prizes as a pure function (ADR 0032): scores per
 * {@link Scoring}, groups (support staff apart from reps; BRACKETED: reps in terciles of
 * potential), ranks inside each group in the KPI's direction with ties sharing the better
 * rank, and the prize each row has reached. A row without a score (no baseline, no
 * target, no potential, an undefined ratio) is listed, not ranked.
 */
public final class Standings {

	static final int SCALE = 6;

	/**
	 * The groups in the order shown: reps (or the brackets, largest potential first),
	 * support staff.
	 */
	static final List<String> GROUPS = List.of("REPS", "HIGH", "MID", "LOW", "SUPPORT");

	/** A participant's figures for the window. */
	public record Entry(String username, boolean support, BigDecimal value, BigDecimal baseline, BigDecimal target,
			BigDecimal potential) {
	}

	/**
	 * The prize rules: the mode, N for TOP_N, the threshold for THRESHOLD, the levels for
	 * TIERS (lowest first).
	 */
	public record Prizes(PrizeMode mode, Integer topN, BigDecimal threshold, ContestDraft.Tiers tiers) {
	}

	/**
	 * A row of the leaderboard. {@code note}: why it is not ranked (NO_VALUE,
	 * NO_BASELINE, NO_TARGET, NO_POTENTIAL) or null; {@code group}: REPS, SUPPORT or the
	 * tercile LOW, MID, HIGH; {@code prize}: WINNER, or the tier reached (TARGET, SPRINT,
	 * CHALLENGE), or null; {@code nextLevel}: the next threshold or tier not reached yet.
	 */
	public record Row(String username, boolean support, BigDecimal value, BigDecimal baseline, BigDecimal target,
			BigDecimal potential, BigDecimal score, Integer rank, String group, String note, String prize,
			BigDecimal nextLevel) {

		public boolean ranked() {
			return this.rank != null;
		}

	}

	private Standings() {
	}

	/**
	 * The rows, ranked rows first by group and rank, then the unranked.
	 * @param windowDays the window's length, for PER_POTENTIAL
	 */
	public static List<Row> of(List<Entry> entries, Scoring scoring, boolean higherIsBetter, long windowDays,
			Prizes prizes) {
		Map<String, String> groups = groups(entries, scoring);
		Map<String, List<Row>> byGroup = new LinkedHashMap<>();
		List<Row> unranked = new ArrayList<>();
		for (Entry entry : entries) {
			String note = note(entry, scoring);
			BigDecimal score = (note == null) ? score(entry, scoring, windowDays) : null;
			Row row = new Row(entry.username(), entry.support(), entry.value(), entry.baseline(), entry.target(),
					entry.potential(), score, null, groups.get(entry.username()), note, null, null);
			if (note == null) {
				byGroup.computeIfAbsent(row.group(), (g) -> new ArrayList<>()).add(row);
			}
			else {
				unranked.add(row);
			}
		}
		Comparator<Row> better = Comparator.comparing(Row::score);
		if (higherIsBetter) {
			better = better.reversed();
		}
		List<Row> result = new ArrayList<>();
		for (String name : GROUPS) {
			List<Row> group = byGroup.getOrDefault(name, new ArrayList<>());
			group.sort(better.thenComparing(Row::username));
			int rank = 0;
			for (int i = 0; i < group.size(); i++) {
				// sorted best first: a tie keeps the rank of the first of its equals
				if (i == 0 || group.get(i).score().compareTo(group.get(i - 1).score()) != 0) {
					rank = i + 1;
				}
				result.add(withPrize(group.get(i), rank, higherIsBetter, prizes));
			}
		}
		unranked.sort(Comparator.comparing(Row::username));
		result.addAll(unranked);
		return result;
	}

	private static boolean reaches(BigDecimal score, BigDecimal level, boolean higherIsBetter) {
		int cmp = score.compareTo(level);
		return higherIsBetter ? cmp >= 0 : cmp <= 0;
	}

	private static Row withPrize(Row row, int rank, boolean higherIsBetter, Prizes prizes) {
		String prize = null;
		BigDecimal next = null;
		switch (prizes.mode()) {
			case TOP_N -> prize = (prizes.topN() != null && rank <= prizes.topN()) ? "WINNER" : null;
			case THRESHOLD -> {
				if (prizes.threshold() != null && reaches(row.score(), prizes.threshold(), higherIsBetter)) {
					prize = "WINNER";
				}
				else {
					next = prizes.threshold();
				}
			}
			case TIERS -> {
				for (Map.Entry<String, BigDecimal> level : prizes.tiers().levels()) {
					if (reaches(row.score(), level.getValue(), higherIsBetter)) {
						prize = level.getKey();
					}
					else if (next == null) {
						next = level.getValue();
					}
				}
			}
		}
		return new Row(row.username(), row.support(), row.value(), row.baseline(), row.target(), row.potential(),
				row.score(), rank, row.group(), null, prize, next);
	}

	private static String note(Entry entry, Scoring scoring) {
		if (entry.value() == null) {
			return "NO_VALUE";
		}
		return switch (scoring) {
			case LIFT -> (entry.baseline() == null || entry.baseline().signum() == 0) ? "NO_BASELINE" : null;
			case PCT_OF_TARGET -> (entry.target() == null || entry.target().signum() == 0) ? "NO_TARGET" : null;
			case PER_POTENTIAL ->
				(entry.potential() == null || entry.potential().signum() <= 0) ? "NO_POTENTIAL" : null;
			default -> null;
		};
	}

	private static BigDecimal score(Entry entry, Scoring scoring, long windowDays) {
		return switch (scoring) {
			case ABSOLUTE, BRACKETED -> entry.value();
			case PCT_OF_TARGET -> entry.value().divide(entry.target(), SCALE, RoundingMode.HALF_UP);
			case LIFT ->
				entry.value().subtract(entry.baseline()).divide(entry.baseline().abs(), SCALE, RoundingMode.HALF_UP);
			case PER_POTENTIAL -> entry.value()
				.multiply(BigDecimal.valueOf(365))
				.divide(entry.potential().multiply(BigDecimal.valueOf(windowDays)), SCALE, RoundingMode.HALF_UP);
		};
	}

	/**
	 * Support staff form their own group; reps one group, or for BRACKETED three terciles
	 * by potential (ascending; the first n/3 LOW, and so on; no potential counts as 0).
	 */
	private static Map<String, String> groups(List<Entry> entries, Scoring scoring) {
		Map<String, String> groups = new LinkedHashMap<>();
		List<Entry> reps = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry.support()) {
				groups.put(entry.username(), "SUPPORT");
			}
			else {
				reps.add(entry);
			}
		}
		if (scoring != Scoring.BRACKETED) {
			reps.forEach((entry) -> groups.put(entry.username(), "REPS"));
			return groups;
		}
		reps.sort(
				Comparator.comparing((Entry entry) -> (entry.potential() != null) ? entry.potential() : BigDecimal.ZERO)
					.thenComparing(Entry::username));
		String[] names = { "LOW", "MID", "HIGH" };
		for (int i = 0; i < reps.size(); i++) {
			groups.put(reps.get(i).username(), names[i * 3 / reps.size()]);
		}
		return groups;
	}

}
