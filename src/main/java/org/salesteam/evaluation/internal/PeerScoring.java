package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring contract of issue 15, as a pure function of the template and the people's
 * values (unit-tested by hand-worked tables in {@code PeerScoringTests}):
 * <ul>
 * <li>percentile p = 100 × (B + 0.5 × E) ÷ (n − 1), where n is the rated peers whose
 * value of the metric is defined, B those with a worse value ("worse" by the metric's
 * direction) and E the <em>other</em> peers with an equal value; n = 1 → 50; undefined
 * value → no percentile;</li>
 * <li>score = Σ wᵢ·pᵢ ÷ Σ wᵢ over the metrics with a percentile (the weights of undefined
 * ones are left out, so the rest are rescaled), two decimals (half up); no defined metric
 * → no score;</li>
 * <li>rank by score descending, ties sharing the better rank (1, 1, 3); quartile ⌈4·rank
 * ÷ n⌉ with n the ranked peers, none when n &lt; 4;</li>
 * <li>people too new to rate get their values but no percentile, score, rank or quartile,
 * and are listed after the rated ones.</li>
 * </ul>
 * Percentiles are shown with two decimals; the score is computed from the unrounded ones.
 */
public final class PeerScoring {

	/** A metric of the template. */
	public record Metric(String code, int weight, boolean lowerIsBetter) {
	}

	/** A person and their value of each metric ({@code null}: undefined). */
	public record Person(String username, boolean rated, Map<String, BigDecimal> values) {
	}

	/** A metric of a person's scorecard. */
	public record MetricScore(String code, BigDecimal value, BigDecimal percentile) {
	}

	/** A person's scorecard. */
	public record Scored(String username, BigDecimal score, Integer rank, Integer quartile, int peerCount,
			boolean tooNewToRate, List<MetricScore> metrics) {
	}

	private static final int EXACT = 10;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private PeerScoring() {
	}

	/** The scorecards: rated people by rank (unscored last), then those too new. */
	public static List<Scored> score(List<Metric> template, List<Person> people) {
		List<Person> rated = people.stream().filter(Person::rated).toList();
		Map<String, Map<String, BigDecimal>> percentiles = new HashMap<>();
		for (Metric metric : template) {
			Map<String, BigDecimal> values = new HashMap<>();
			rated.forEach((person) -> values.put(person.username(), person.values().get(metric.code())));
			percentiles.put(metric.code(), percentiles(values, metric.lowerIsBetter()));
		}
		Map<String, BigDecimal> scores = new HashMap<>();
		for (Person person : rated) {
			BigDecimal weighted = BigDecimal.ZERO;
			int weights = 0;
			for (Metric metric : template) {
				BigDecimal p = percentiles.get(metric.code()).get(person.username());
				if (p != null) {
					weighted = weighted.add(p.multiply(BigDecimal.valueOf(metric.weight())));
					weights += metric.weight();
				}
			}
			if (weights > 0) {
				scores.put(person.username(), weighted.divide(BigDecimal.valueOf(weights), EXACT, RoundingMode.HALF_UP)
					.setScale(2, RoundingMode.HALF_UP));
			}
		}
		int ranked = scores.size();
		List<BigDecimal> ascending = scores.values().stream().sorted().toList();
		List<Scored> result = new ArrayList<>();
		for (Person person : rated) {
			BigDecimal score = scores.get(person.username());
			Integer rank = (score != null) ? rank(score, ascending) : null;
			Integer quartile = (rank != null && ranked >= 4) ? (4 * rank + ranked - 1) / ranked : null;
			result.add(new Scored(person.username(), score, rank, quartile, rated.size(), false,
					metrics(template, person, percentiles)));
		}
		result.sort(Comparator.comparing(Scored::rank, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Scored::username));
		for (Person person : people) {
			if (!person.rated()) {
				result.add(new Scored(person.username(), null, null, null, rated.size(), true,
						metrics(template, person, Map.of())));
			}
		}
		return result;
	}

	/**
	 * Each person's percentile of one metric among those with a defined value, unrounded;
	 * people with an undefined value are left out.
	 */
	public static Map<String, BigDecimal> percentiles(Map<String, BigDecimal> values, boolean lowerIsBetter) {
		List<BigDecimal> sorted = values.values().stream().filter((value) -> value != null).sorted().toList();
		int n = sorted.size();
		Map<String, BigDecimal> result = new HashMap<>();
		values.forEach((username, value) -> {
			if (value == null) {
				return;
			}
			if (n == 1) {
				result.put(username, BigDecimal.valueOf(50));
				return;
			}
			// counted on the sorted values (n log n, not n²: a thousand reps × a dozen
			// metrics)
			int below = firstNotBelow(sorted, value);
			int above = n - firstAbove(sorted, value);
			int worse = lowerIsBetter ? above : below;
			int equal = n - below - above - 1;
			BigDecimal points = BigDecimal.valueOf(worse).add(HALF.multiply(BigDecimal.valueOf(equal)));
			result.put(username,
					HUNDRED.multiply(points).divide(BigDecimal.valueOf(n - 1), EXACT, RoundingMode.HALF_UP));
		});
		return result;
	}

	/**
	 * 1 + the number of scores better than this one, from all scores sorted ascending.
	 */
	private static int rank(BigDecimal score, List<BigDecimal> ascending) {
		return ascending.size() - firstAbove(ascending, score) + 1;
	}

	/** The index of the first value ≥ {@code value} in an ascending list. */
	private static int firstNotBelow(List<BigDecimal> ascending, BigDecimal value) {
		int low = 0;
		int high = ascending.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ascending.get(middle).compareTo(value) < 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** The index of the first value > {@code value} in an ascending list. */
	private static int firstAbove(List<BigDecimal> ascending, BigDecimal value) {
		int low = 0;
		int high = ascending.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ascending.get(middle).compareTo(value) <= 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private static List<MetricScore> metrics(List<Metric> template, Person person,
			Map<String, Map<String, BigDecimal>> percentiles) {
		List<MetricScore> list = new ArrayList<>();
		for (Metric metric : template) {
			BigDecimal p = percentiles.getOrDefault(metric.code(), Map.of()).get(person.username());
			list.add(new MetricScore(metric.code(), person.values().get(metric.code()),
					(p != null) ? p.setScale(2, RoundingMode.HALF_UP) : null));
		}
		return list;
	}

}
