package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.evaluation.internal.PotentialReview.Level;
import org.salesteam.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of reviews and plans, worked by hand: a plan's progress (items done ÷ items
 * due), its 30/60/90-day follow-ups, and a review's place in the 9-box (performance from
 * the quartile, potential from the answers, a director's calibration over both).
 */
class DevelopmentRulesTests {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

	private static DevelopmentPlanItem item(int dueInDays, DevelopmentPlanItem.Status status) {
		DevelopmentPlanItem item = new DevelopmentPlanItem(1L,
				new DevelopmentPlanItem.Form("REP", "goal", null, null, null, DAY.plusDays(dueInDays)));
		item.change(status, DAY);
		return item;
	}

	@Test
	void progressIsItemsDoneOverItemsDueCountingThoseDoneAheadOfTime() {
		// due by the day: A (done), B (open); done ahead of time: C; not yet due: D;
		// dropped:
		// E → 2 done of 3 due
		List<DevelopmentPlanItem> items = List.of(item(-5, DevelopmentPlanItem.Status.DONE),
				item(-1, DevelopmentPlanItem.Status.OPEN), item(10, DevelopmentPlanItem.Status.DONE),
				item(20, DevelopmentPlanItem.Status.OPEN), item(-3, DevelopmentPlanItem.Status.DROPPED));
		assertThat(DevelopmentPlans.progress(items, DAY)).isEqualByComparingTo("0.6667");
		// an item due on the day itself is due
		assertThat(DevelopmentPlans.progress(List.of(item(0, DevelopmentPlanItem.Status.OPEN)), DAY))
			.isEqualByComparingTo(BigDecimal.ZERO);
		// nothing due yet: undefined
		assertThat(DevelopmentPlans.progress(List.of(item(1, DevelopmentPlanItem.Status.OPEN)), DAY)).isNull();
	}

	@Test
	void anItemNeedsAColumnAGoalAndADueDate() {
		assertThatThrownBy(
				() -> new DevelopmentPlanItem(1L, new DevelopmentPlanItem.Form("BOSS", "goal", null, null, null, DAY)))
			.isInstanceOfSatisfying(BusinessRuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("owner"));
		assertThatThrownBy(
				() -> new DevelopmentPlanItem(1L, new DevelopmentPlanItem.Form("REP", " ", null, null, null, DAY)))
			.isInstanceOfSatisfying(BusinessRuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("goal"));
		assertThatThrownBy(
				() -> new DevelopmentPlanItem(1L, new DevelopmentPlanItem.Form("REP", "goal", null, null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("dueOn"));
	}

	@Test
	void followUpsFallThirtySixtyAndNinetyDaysAfterTheStart() {
		DevelopmentPlan plan = new DevelopmentPlan(1L, 2L, null, "plan", DAY);
		assertThat(plan.nextFollowUpDue()).contains(DAY.plusDays(30));
		plan.followUp(DAY.plusDays(33));
		assertThat(plan.nextFollowUp()).contains(60);
		assertThat(plan.nextFollowUpDue()).contains(DAY.plusDays(60));
		plan.followUp(DAY.plusDays(61));
		plan.followUp(DAY.plusDays(90));
		assertThat(plan.nextFollowUp()).isEmpty();
		assertThatThrownBy(() -> plan.followUp(DAY.plusDays(100))).isInstanceOfSatisfying(BusinessRuleException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("followUp"));
	}

	private static PotentialReview review(Integer quartile, boolean promoteNow, boolean candidate, String when) {
		return new PotentialReview(1L, 2L, DAY, DAY, quartile, null,
				new PotentialReview.Form(null, null, promoteNow, candidate, null, when, null, "strong", null, null));
	}

	@Test
	void performanceIsTheQuartileAndPotentialTheAnswers() {
		assertThat(review(1, true, false, null).performance()).isEqualTo(Level.HIGH);
		assertThat(review(2, false, true, "SIX_MONTHS").performance()).isEqualTo(Level.MEDIUM);
		assertThat(review(3, false, true, "ONE_YEAR").performance()).isEqualTo(Level.MEDIUM);
		assertThat(review(4, false, false, null).performance()).isEqualTo(Level.LOW);
		assertThat(review(null, false, false, null).performance()).isNull();
		assertThat(review(1, true, false, null).potential()).isEqualTo(Level.HIGH);
		assertThat(review(1, false, true, "NOW").potential()).isEqualTo(Level.HIGH);
		assertThat(review(1, false, true, "SIX_MONTHS").potential()).isEqualTo(Level.MEDIUM);
		assertThat(review(1, false, true, "ONE_YEAR").potential()).isEqualTo(Level.MEDIUM);
		assertThat(review(1, false, false, null).potential()).isEqualTo(Level.LOW);
	}

	@Test
	void aDirectorsCalibrationOverridesBothAxesAndNeedsAReason() {
		PotentialReview review = review(4, false, false, null);
		assertThatThrownBy(() -> review.calibrate(Level.MEDIUM, Level.MEDIUM, " ", 9L))
			.isInstanceOfSatisfying(BusinessRuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("reason"));
		review.calibrate(Level.MEDIUM, Level.HIGH, "new territory, first year", 9L);
		assertThat(review.performance()).isEqualTo(Level.MEDIUM);
		assertThat(review.potential()).isEqualTo(Level.HIGH);
		assertThat(review.performanceFromData()).isEqualTo(Level.LOW);
	}

	@Test
	void aCandidateSaysWhenAndEveryReviewSumsUpStrengths() {
		assertThatThrownBy(() -> review(1, false, true, null)).isInstanceOfSatisfying(BusinessRuleException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("candidateWhen"));
		assertThatThrownBy(() -> new PotentialReview(1L, 2L, DAY, DAY, 1, null,
				new PotentialReview.Form(null, null, false, false, null, null, null, null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("strengths"));
	}

	@Test
	void onlyASharedReviewCanBeAcknowledged() {
		PotentialReview review = review(2, false, false, null);
		assertThatThrownBy(() -> review.acknowledge("ok", java.time.Instant.EPOCH))
			.isInstanceOf(BusinessRuleException.class);
		review.share(java.time.Instant.EPOCH);
		review.acknowledge(" 收到 ", java.time.Instant.EPOCH);
		assertThat(review.getStatus()).isEqualTo("ACKNOWLEDGED");
		assertThat(review.getRepComment()).isEqualTo("收到");
	}

}
