package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recruiting's arithmetic by hand: the mean per trait, the spread that asks for a
 * discussion, the interview score, the traits the first 90 days work on, Spearman's rank
 * correlation with ties, and the interview form's rules.
 */
class RecruitingRulesTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private static Interview interview(long interviewer, int level, Map<Trait, Integer> except) {
		Map<String, Interview.Score> scores = new LinkedHashMap<>();
		for (Trait trait : Trait.values()) {
			scores.put(trait.name(), new Interview.Score(except.getOrDefault(trait, level), "e"));
		}
		return new Interview(1L, interviewer, DAY, new Interview.Form(DAY, scores, null));
	}

	private static InterviewSummary.TraitLine line(InterviewSummary summary, Trait trait) {
		return summary.traits().stream().filter((l) -> l.trait() == trait).findFirst().orElseThrow();
	}

	@Test
	void meanPerTraitSpreadOfTwoIsDiscussedAndTheScoreIsTheMeanOfAllScores() {
		// A: 3 everywhere, HUMOUR 1, ENERGY 5; B: 4 everywhere, HUMOUR 3; C: 3, HUMOUR 2,
		// ENERGY 4
		InterviewSummary summary = InterviewSummary.of(List.of(
				interview(1, 3, Map.of(Trait.HUMOUR, 1, Trait.ENERGY, 5)), interview(2, 4, Map.of(Trait.HUMOUR, 3)),
				interview(3, 3, Map.of(Trait.HUMOUR, 2, Trait.ENERGY, 4))));
		assertThat(summary.interviewers()).isEqualTo(3);
		assertThat(summary.traits()).hasSize(14);
		// HUMOUR 1, 3, 2 → 2.00, spread 2 → discuss
		assertThat(line(summary, Trait.HUMOUR))
			.isEqualTo(new InterviewSummary.TraitLine(Trait.HUMOUR, new BigDecimal("2.00"), 1, 3, true));
		// ENERGY 5, 4, 4 → 13 ÷ 3 = 4.33, spread 1
		assertThat(line(summary, Trait.ENERGY))
			.isEqualTo(new InterviewSummary.TraitLine(Trait.ENERGY, new BigDecimal("4.33"), 4, 5, false));
		// the other twelve 3, 4, 3 → 3.33
		assertThat(line(summary, Trait.PLANNING).mean()).isEqualByComparingTo("3.33");
		assertThat(summary.toDiscuss()).containsExactly(Trait.HUMOUR);
		// A 12×3+1+5 = 42, B 13×4+3 = 55, C 12×3+2+4 = 42 → 139 ÷ 42 = 3.3095 → 3.31
		assertThat(summary.score()).isEqualByComparingTo("3.31");
	}

	@Test
	void aSpreadOfOneIsNotDiscussedAndNoInterviewsLeaveEverythingEmpty() {
		InterviewSummary two = InterviewSummary.of(List.of(interview(1, 4, Map.of()), interview(2, 5, Map.of())));
		assertThat(two.toDiscuss()).isEmpty();
		assertThat(two.score()).isEqualByComparingTo("4.50");
		InterviewSummary none = InterviewSummary.of(List.of());
		assertThat(none.score()).isNull();
		assertThat(none.interviewers()).isZero();
		assertThat(line(none, Trait.HUMOUR).mean()).isNull();
	}

	@Test
	void theFirstNinetyDaysWorkOnTraitsBelowThreeOrElseTheLowest() {
		InterviewSummary weak = InterviewSummary.of(List.of(interview(1, 3, Map.of(Trait.HUMOUR, 1, Trait.ENERGY, 2)),
				interview(2, 4, Map.of(Trait.HUMOUR, 3, Trait.ENERGY, 3))));
		// HUMOUR (1+3)/2 = 2.00 and ENERGY (2+3)/2 = 2.50 are below 3; the rest 3.50
		assertThat(FirstNinetyDays.weakest(weak)).extracting(InterviewSummary.TraitLine::trait)
			.containsExactly(Trait.HUMOUR, Trait.ENERGY);
		InterviewSummary strong = InterviewSummary
			.of(List.of(interview(1, 5, Map.of(Trait.PLANNING, 3)), interview(2, 5, Map.of(Trait.PLANNING, 4))));
		// nothing below 3: the lowest, PLANNING 3.50
		assertThat(FirstNinetyDays.weakest(strong)).extracting(InterviewSummary.TraitLine::trait)
			.containsExactly(Trait.PLANNING);
		assertThat(FirstNinetyDays.weakest(InterviewSummary.of(List.of()))).isEmpty();
	}

	@Test
	void spearmanRanksWithTiesSharingTheirMeanRank() {
		// no ties: d = -1, 1, -1, 1, 0 → ρ = 1 − 6·4 ÷ (5·24) = 0.80
		assertThat(RankCorrelation.spearman(pairs(new double[] { 1, 2, 3, 4, 5 }, new double[] { 2, 1, 4, 3, 5 })))
			.contains(new BigDecimal("0.80"));
		// ties: x ranks 1, 2.5, 2.5, 4; y 1, 2, 3, 4 → 4.5 ÷ √(4.5 · 5) = 0.9487 → 0.95
		assertThat(RankCorrelation.spearman(pairs(new double[] { 1, 2, 2, 3 }, new double[] { 10, 20, 30, 40 })))
			.contains(new BigDecimal("0.95"));
		assertThat(RankCorrelation.ranks(new double[] { 7, 3, 3, 9 })).containsExactly(3, 1.5, 1.5, 4);
		assertThat(RankCorrelation.spearman(pairs(new double[] { 1, 2, 3 }, new double[] { 9, 5, 1 })))
			.contains(new BigDecimal("-1.00"));
		// one side all equal, or a single pair: undefined
		assertThat(RankCorrelation.spearman(pairs(new double[] { 2, 2, 2 }, new double[] { 1, 2, 3 }))).isEmpty();
		assertThat(RankCorrelation.spearman(pairs(new double[] { 1 }, new double[] { 1 }))).isEmpty();
	}

	@Test
	void everyTraitMustBeScoredOneToFive() {
		Map<String, Interview.Score> scores = new LinkedHashMap<>();
		for (Trait trait : Trait.values()) {
			scores.put(trait.name(), new Interview.Score(3, null));
		}
		scores.remove(Trait.CALM_UNDER_REJECTION.name());
		assertThatThrownBy(() -> new Interview(1L, 1L, DAY, new Interview.Form(DAY, scores, null)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("scores.CALM_UNDER_REJECTION"));
		scores.put(Trait.CALM_UNDER_REJECTION.name(), new Interview.Score(6, null));
		assertThatThrownBy(() -> new Interview(1L, 1L, DAY, new Interview.Form(DAY, scores, null)))
			.isInstanceOf(BusinessRuleException.class);
		scores.put(Trait.CALM_UNDER_REJECTION.name(), new Interview.Score(5, null));
		scores.put("CHARM", new Interview.Score(5, null));
		assertThatThrownBy(() -> new Interview(1L, 1L, DAY, new Interview.Form(DAY, scores, null)))
			.isInstanceOf(BusinessRuleException.class);
	}

	private static List<RankCorrelation.Pair> pairs(double[] interview, double[] firstYear) {
		return java.util.stream.IntStream.range(0, interview.length)
			.mapToObj((i) -> new RankCorrelation.Pair(interview[i], firstYear[i]))
			.toList();
	}

}
