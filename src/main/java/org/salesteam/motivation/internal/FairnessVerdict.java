package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdict of a fairness replay as a pure function (ADR 0032): UNFAIR when the top
 * potential quartile of the participants (the ⌈n ÷ 4⌉ with the highest potential) takes
 * more than half of the replayed wins, or when the Gini coefficient of the win counts
 * (every participant counted, winners or not) exceeds 0.5.
 *
 * @param fair the verdict
 * @param gini Σᵢ Σⱼ |xᵢ − xⱼ| ÷ (2 n² x̄) of the win counts; 0 when nobody won
 * @param topQuartileShare the top quartile's share of the wins; null when nobody won
 * @param reasons TOP_QUARTILE and/or GINI when unfair
 */
public record FairnessVerdict(boolean fair, BigDecimal gini, BigDecimal topQuartileShare, List<String> reasons) {

	static final BigDecimal LIMIT = new BigDecimal("0.5");

	public static FairnessVerdict of(List<String> participants, Map<String, BigDecimal> potential,
			List<? extends Collection<String>> winnersPerWindow) {
		int n = participants.size();
		long[] wins = new long[n];
		long total = 0;
		for (Collection<String> winners : winnersPerWindow) {
			for (String winner : winners) {
				int i = participants.indexOf(winner);
				if (i >= 0) {
					wins[i]++;
					total++;
				}
			}
		}
		BigDecimal gini = gini(wins, total);
		BigDecimal share = null;
		if (total > 0) {
			Set<String> top = topQuartile(participants, potential);
			long topWins = 0;
			for (int i = 0; i < n; i++) {
				if (top.contains(participants.get(i))) {
					topWins += wins[i];
				}
			}
			share = BigDecimal.valueOf(topWins).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
		}
		List<String> reasons = new ArrayList<>();
		if (share != null && share.compareTo(LIMIT) > 0) {
			reasons.add("TOP_QUARTILE");
		}
		if (gini.compareTo(LIMIT) > 0) {
			reasons.add("GINI");
		}
		return new FairnessVerdict(reasons.isEmpty(), gini, share, List.copyOf(reasons));
	}

	static BigDecimal gini(long[] counts, long total) {
		int n = counts.length;
		if (n == 0 || total == 0) {
			return BigDecimal.ZERO.setScale(4);
		}
		long differences = 0;
		for (long a : counts) {
			for (long b : counts) {
				differences += Math.abs(a - b);
			}
		}
		// mean = total / n, so 2 n² mean = 2 n total
		return BigDecimal.valueOf(differences).divide(BigDecimal.valueOf(2L * n * total), 4, RoundingMode.HALF_UP);
	}

	static Set<String> topQuartile(List<String> participants, Map<String, BigDecimal> potential) {
		int size = (participants.size() + 3) / 4;
		List<String> sorted = new ArrayList<>(participants);
		sorted.sort(Comparator.comparing((String u) -> potential.getOrDefault(u, BigDecimal.ZERO))
			.reversed()
			.thenComparing(Comparator.naturalOrder()));
		return new HashSet<>(sorted.subList(0, size));
	}

	public String verdict() {
		return this.fair ? "FAIR" : "UNFAIR";
	}

}
