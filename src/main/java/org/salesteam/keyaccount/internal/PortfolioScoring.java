package org.salesteam.keyaccount.internal;

import java.util.Collection;
import java.util.Map;

/**
 * The arithmetic of the portfolio matrix, free of any lookup (unit-tested by hand in
 * {@code PortfolioScoringTests}). Weights are integers that add up to 100; scores are on
 * 0–10.
 */
public final class PortfolioScoring {

	/** A standard deviation of the scorers' scores at or above this is flagged. */
	public static final double SPREAD_FLAG = 2.0;

	private PortfolioScoring() {
	}

	/** The arithmetic mean, {@code null} for no values. */
	public static Double mean(Collection<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
	}

	/**
	 * The population standard deviation of the scorers' scores (√(Σ(x−x̄)²÷n)): the
	 * spread of the group that scored, not an estimate for a larger one; 0 for one
	 * scorer, {@code null} for none.
	 */
	public static Double spread(Collection<Double> values) {
		Double mean = mean(values);
		if (mean == null) {
			return null;
		}
		double squares = values.stream().mapToDouble((v) -> (v - mean) * (v - mean)).sum();
		return Math.sqrt(squares / values.size());
	}

	/**
	 * Attractiveness AA = Σ wᵢ·sᵢ ÷ 100 on 0–10, from the mean score of each factor;
	 * {@code null} while a weighted factor has no score.
	 * @param weights factor name → weight (Σ = 100)
	 * @param scores factor name → mean score
	 */
	public static Double attractiveness(Map<String, Integer> weights, Map<String, Double> scores) {
		if (weights.isEmpty()) {
			return null;
		}
		double sum = 0;
		for (Map.Entry<String, Integer> factor : weights.entrySet()) {
			Double score = scores.get(factor.getKey());
			if (score == null) {
				return null;
			}
			sum += factor.getValue() * score;
		}
		return sum / 100.0;
	}

	/**
	 * Relative strength RS = Σ vⱼ·usⱼ ÷ Σ vⱼ·bestⱼ (1.0 = parity); {@code null} while a
	 * weighted success factor has no score, and when the competitor's side is 0
	 * (undefined).
	 * @param weights success factor name → weight (Σ = 100)
	 * @param us success factor name → our mean score
	 * @param best success factor name → the best competitor's mean score
	 */
	public static Double relativeStrength(Map<String, Integer> weights, Map<String, Double> us,
			Map<String, Double> best) {
		if (weights.isEmpty()) {
			return null;
		}
		double ours = 0;
		double theirs = 0;
		for (Map.Entry<String, Integer> factor : weights.entrySet()) {
			Double u = us.get(factor.getKey());
			Double b = best.get(factor.getKey());
			if (u == null || b == null) {
				return null;
			}
			ours += factor.getValue() * u;
			theirs += factor.getValue() * b;
		}
		return (theirs == 0) ? null : ours / theirs;
	}

}
