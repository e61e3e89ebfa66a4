package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Spearman's rank correlation of paired values: each side ranked ascending, ties sharing
 * the mean of their ranks, then Pearson's correlation of the ranks, to two decimals.
 * Undefined (empty) with fewer than two pairs or when one side is all ties.
 */
final class RankCorrelation {

	/** A hire's interview score and first-year scorecard score. */
	record Pair(double interview, double firstYear) {
	}

	private RankCorrelation() {
	}

	static Optional<BigDecimal> spearman(List<Pair> pairs) {
		if (pairs.size() < 2) {
			return Optional.empty();
		}
		double[] interviewRanks = ranks(pairs.stream().mapToDouble(Pair::interview).toArray());
		double[] firstYearRanks = ranks(pairs.stream().mapToDouble(Pair::firstYear).toArray());
		double interviewMean = Arrays.stream(interviewRanks).average().orElseThrow();
		double firstYearMean = Arrays.stream(firstYearRanks).average().orElseThrow();
		double covariance = 0;
		double interviewSpread = 0;
		double firstYearSpread = 0;
		for (int i = 0; i < interviewRanks.length; i++) {
			double interviewDeviation = interviewRanks[i] - interviewMean;
			double firstYearDeviation = firstYearRanks[i] - firstYearMean;
			covariance += interviewDeviation * firstYearDeviation;
			interviewSpread += interviewDeviation * interviewDeviation;
			firstYearSpread += firstYearDeviation * firstYearDeviation;
		}
		if (interviewSpread == 0 || firstYearSpread == 0) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(covariance / Math.sqrt(interviewSpread * firstYearSpread))
			.setScale(2, RoundingMode.HALF_UP));
	}

	/** Ranks 1..n ascending; tied values share the mean of the ranks they span. */
	static double[] ranks(double[] values) {
		double[] ranks = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			int below = 0;
			int equal = 0;
			for (double other : values) {
				if (other < values[i]) {
					below++;
				}
				else if (other == values[i]) {
					equal++;
				}
			}
			ranks[i] = below + (equal + 1) / 2.0;
		}
		return ranks;
	}

}
