package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.coaching.CoachingStep;
import org.salesteam.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coaching rules without a database: the step order with the small deal's shortcut,
 * the large deal's 24 hours, the debrief's "suggestions only without solutions", the
 * large-deal threshold by nearest rank and the self-test's priority and flags — values
 * worked out by hand.
 */
class CoachingRulesTests {

	private static final LocalDateTime VISIT = LocalDateTime.of(2031, 3, 10, 10, 0);

	private static final StepFields ALL = new StepFields("目标", "计划", "根据", "观察", "为什么", false, "感受", "经过", "客户为什么",
			"最好", "改善", null, "问题", "办法", null, "练习", "下次目标", "下次计划", false);

	private static CoachingSession session(boolean large) {
		return new CoachingSession(1L, 2L, 3L, large ? 4L : null, large, large ? new BigDecimal("100000") : null);
	}

	private static CoachingStep expectedOf(Runnable step) {
		try {
			step.run();
		}
		catch (StepOutOfOrderException ex) {
			return ex.expected();
		}
		throw new AssertionError("no StepOutOfOrderException");
	}

	@Test
	void stepsGoInOrderAndALaterStepNamesTheExpectedOne() {
		CoachingSession s = session(false);
		assertThat(s.getStep()).isEqualTo(CoachingStep.OBJECTIVE);
		assertThat(expectedOf(() -> s.debrief(ALL))).isEqualTo(CoachingStep.OBJECTIVE);
		s.objective(ALL);
		s.plan(ALL, VISIT, VISIT.minusHours(1), Instant.EPOCH);
		assertThat(s.getStep()).isEqualTo(CoachingStep.OBSERVE);
		assertThat(expectedOf(() -> s.review(ALL, LocalDate.of(2031, 3, 11)))).isEqualTo(CoachingStep.OBSERVE);
		s.observe(ALL);
		s.debrief(ALL);
		s.review(ALL, LocalDate.of(2031, 3, 11));
		assertThat(s.getStep()).isEqualTo(CoachingStep.DONE);
		assertThat(s.getCompletedOn()).isEqualTo(LocalDate.of(2031, 3, 11));
		assertThat(expectedOf(() -> s.objective(ALL))).isEqualTo(CoachingStep.DONE);
	}

	@Test
	void aSmallDealMaySkipThePlanALargeOneMayNot() {
		CoachingSession small = session(false);
		small.objective(ALL);
		small.observe(ALL);
		assertThat(small.getStep()).isEqualTo(CoachingStep.DEBRIEF);

		CoachingSession large = session(true);
		large.objective(ALL);
		assertThat(expectedOf(() -> large.observe(ALL))).isEqualTo(CoachingStep.PLAN);
	}

	@Test
	void aLargeDealsPlanIsReviewedAtLeast24HoursBeforeTheVisit() {
		CoachingSession late = session(true);
		late.objective(ALL);
		// 23 h 59 min before the visit: too late
		assertThatThrownBy(() -> late.plan(ALL, VISIT, VISIT.minusHours(24).plusMinutes(1), Instant.EPOCH))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("actionPlan"));
		assertThat(late.getStep()).isEqualTo(CoachingStep.PLAN);
		// exactly 24 h before: in time
		late.plan(ALL, VISIT, VISIT.minusHours(24), Instant.EPOCH);
		assertThat(late.getStep()).isEqualTo(CoachingStep.OBSERVE);
	}

	@Test
	void theCoachSuggestsOnlyWhenTheRepFoundNoSolutionAndACoachWhoSoldMakesAJointCall() {
		CoachingSession s = session(false);
		s.objective(ALL);
		s.observe(new StepFields(null, null, null, "我替他报了价", null, true, null, null, null, null, null, null, null, null,
				null, null, null, null, null));
		assertThat(s.isJointCall()).isTrue();
		StepFields both = new StepFields(null, null, null, null, null, null, "感受", "经过", "客户为什么", "最好", "改善", null,
				"问题", "先约采购", "我的建议", "练习", null, null, null);
		assertThatThrownBy(() -> s.debrief(both)).isInstanceOfSatisfying(BusinessRuleException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("suggestions"));
		StepFields noFeelings = new StepFields(null, null, null, null, null, null, " ", "经过", "客户为什么", "最好", "改善", null,
				"问题", null, "我的建议", "练习", null, null, null);
		assertThatThrownBy(() -> s.debrief(noFeelings)).isInstanceOfSatisfying(BusinessRuleException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("feelings"));
	}

	@Test
	void theLargeDealThresholdIsTheNearestRankPercentile() {
		List<BigDecimal> five = amounts(100, 200, 300, 400, 500);
		// rank ⌈0.8 × 5⌉ = 4 → 400
		assertThat(LargeDeals.nearestRank(five, 80)).isEqualByComparingTo("400");
		// rank ⌈0.8 × 3⌉ = ⌈2.4⌉ = 3 → 30
		assertThat(LargeDeals.nearestRank(amounts(10, 20, 30), 80)).isEqualByComparingTo("30");
		// rank ⌈0.5 × 4⌉ = 2 → 20
		assertThat(LargeDeals.nearestRank(amounts(10, 20, 30, 40), 50)).isEqualByComparingTo("20");
		assertThat(LargeDeals.nearestRank(List.of(), 80)).isNull();
		assertThat(LargeDeals.isLarge(new BigDecimal("400.01"), new BigDecimal("400"))).isTrue();
		assertThat(LargeDeals.isLarge(new BigDecimal("400"), new BigDecimal("400"))).isFalse();
		assertThat(LargeDeals.isLarge(null, new BigDecimal("400"))).isFalse();
	}

	@Test
	void priorityIsImportanceTimesThreeMinusAbilityAndAGapOfTwoIsFlagged() {
		// 3 × (3 − 1) = 6, a training need; manager 3 vs rep 1: gap 2, flagged
		SelfTestScoring.ItemScore six = SelfTestScoring.score("PRODUCTS", 3, 1, 3);
		assertThat(six.priority()).isEqualTo(6);
		assertThat(six.trainingNeed()).isTrue();
		assertThat(six.flagged()).isTrue();
		// 2 × (3 − 1) = 4: still a need; manager 2 vs 1: gap 1, not flagged
		SelfTestScoring.ItemScore four = SelfTestScoring.score("CLOSING", 2, 1, 2);
		assertThat(four.priority()).isEqualTo(4);
		assertThat(four.trainingNeed()).isTrue();
		assertThat(four.flagged()).isFalse();
		// 3 × (3 − 2) = 3: no need
		SelfTestScoring.ItemScore three = SelfTestScoring.score("COMPETITORS", 3, 2, null);
		assertThat(three.priority()).isEqualTo(3);
		assertThat(three.trainingNeed()).isFalse();
		// 1 × (3 − 3) = 0
		assertThat(SelfTestScoring.score("INDUSTRY", 1, 3, 1).priority()).isZero();
		assertThat(SelfTestScoring.score("INDUSTRY", 1, 3, 1).flagged()).isTrue();
		SelfTestScoring.ItemScore unrated = SelfTestScoring.score("CLOSING", null, null, 2);
		assertThat(unrated.priority()).isNull();
		assertThat(unrated.flagged()).isFalse();
		// (6 + 4 + 3 + 0) ÷ 4 = 3.25; the unrated item does not count
		assertThat(SelfTestScoring
			.meanPriority(List.of(six, four, three, SelfTestScoring.score("INDUSTRY", 1, 3, 1), unrated)))
			.isEqualByComparingTo("3.25");
	}

	private static List<BigDecimal> amounts(int... values) {
		return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
	}

}
