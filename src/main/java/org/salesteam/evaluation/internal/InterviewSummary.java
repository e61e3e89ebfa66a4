package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate's interviews read together: per trait the mean of the interviewers' scores
 * (two decimals), the lowest and highest, and a flag for discussion when two interviewers
 * differ by {@value #SPREAD_TO_DISCUSS} or more; the candidate's interview score is the
 * mean of all scores given (every interview scores every trait, so it is also the mean of
 * the trait means). Empty means while nobody has interviewed.
 */
public record InterviewSummary(int interviewers, List<TraitLine> traits, BigDecimal score) {

	/** Interviewers this far apart on a trait talk it over before deciding. */
	public static final int SPREAD_TO_DISCUSS = 2;

	/** One trait across the interviews. */
	public record TraitLine(Trait trait, BigDecimal mean, Integer lowest, Integer highest, boolean discuss) {
	}

	public static InterviewSummary of(List<Interview> interviews) {
		List<TraitLine> lines = new ArrayList<>();
		long total = 0;
		for (Trait trait : Trait.values()) {
			if (interviews.isEmpty()) {
				lines.add(new TraitLine(trait, null, null, null, false));
				continue;
			}
			int lowest = Integer.MAX_VALUE;
			int highest = Integer.MIN_VALUE;
			int sum = 0;
			for (Interview interview : interviews) {
				int score = interview.score(trait);
				lowest = Math.min(lowest, score);
				highest = Math.max(highest, score);
				sum += score;
			}
			total += sum;
			lines.add(new TraitLine(trait, mean(sum, interviews.size()), lowest, highest,
					highest - lowest >= SPREAD_TO_DISCUSS));
		}
		BigDecimal score = interviews.isEmpty() ? null : mean(total, (long) interviews.size() * Trait.values().length);
		return new InterviewSummary(interviews.size(), lines, score);
	}

	private static BigDecimal mean(long sum, long count) {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}

	/** The traits flagged for discussion. */
	public List<Trait> toDiscuss() {
		return this.traits.stream().filter(TraitLine::discuss).map(TraitLine::trait).toList();
	}

}
