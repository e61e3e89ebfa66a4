package org.salesteam.evaluation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.evaluation.internal.DevelopmentPlan;
import org.salesteam.evaluation.internal.DevelopmentPlanItem;
import org.salesteam.evaluation.internal.DevelopmentPlans;
import org.salesteam.evaluation.internal.PotentialReview;
import org.salesteam.evaluation.internal.PotentialReviews;

/** The JSON of potential reviews and development plans. */
final class DevelopmentViews {

	/** A potential review as the API shows it. */
	record ReviewView(long id, String username, String displayName, String author, LocalDate periodFrom,
			LocalDate periodTo, Integer quartile, BigDecimal score, Boolean willingToRelocate,
			Boolean willingOtherTerritory, boolean promoteNow, boolean futureCandidate, String positions,
			String candidateWhen, String toQualify, String strengths, String weaknesses, LocalDate meetingOn,
			String status, Instant sharedAt, Instant acknowledgedAt, String repComment, String performance,
			String potential, boolean calibrated, String calibrationReason) {

		static ReviewView of(PotentialReviews.Shown shown) {
			PotentialReview r = shown.review();
			return new ReviewView(r.getId(), shown.username(), shown.displayName(), shown.authorName(),
					r.getPeriodFrom(), r.getPeriodTo(), r.getQuartile(), r.getScore(), r.getWillingToRelocate(),
					r.getWillingOtherTerritory(), r.isPromoteNow(), r.isFutureCandidate(), r.getPositions(),
					r.getCandidateWhen(), r.getToQualify(), r.getStrengths(), r.getWeaknesses(), r.getMeetingOn(),
					r.getStatus(), r.getSharedAt(), r.getAcknowledgedAt(), r.getRepComment(), name(r.performance()),
					name(r.potential()), r.isCalibrated(), r.getCalibrationReason());
		}

	}

	/** An item of a plan. */
	record ItemView(long id, String owner, String goal, String action, String kpiCode, String skill, LocalDate dueOn,
			String status, LocalDate doneOn) {

		static ItemView of(DevelopmentPlanItem item) {
			return new ItemView(item.getId(), item.owner().name(), item.getGoal(), item.getAction(), item.getKpiCode(),
					item.getSkill(), item.getDueOn(), item.status().name(), item.getDoneOn());
		}

	}

	/** A development plan with its items. */
	record PlanView(long id, String username, String displayName, String title, LocalDate startedOn, Long reviewId,
			BigDecimal progress, Integer nextFollowUp, LocalDate nextFollowUpDue, LocalDate followUp30On,
			LocalDate followUp60On, LocalDate followUp90On, List<ItemView> items) {

		static PlanView of(DevelopmentPlans.Shown shown) {
			DevelopmentPlan p = shown.plan();
			return new PlanView(p.getId(), shown.username(), shown.displayName(), p.getTitle(), p.getStartedOn(),
					p.getReviewId(), shown.progress(), p.nextFollowUp().orElse(null), p.nextFollowUpDue().orElse(null),
					p.getFollowUp30On(), p.getFollowUp60On(), p.getFollowUp90On(),
					shown.items().stream().map(ItemView::of).toList());
		}

	}

	private DevelopmentViews() {
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
