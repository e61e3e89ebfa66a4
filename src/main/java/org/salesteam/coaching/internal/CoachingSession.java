package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.salesteam.coaching.CoachingStep;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.BusinessRuleException;

/**
 * 辅导: a manager coaches a rep on one visit, step by step in the handbook's order. The
 * session keeps the order: a step is accepted only when it is the next one — except that
 * a small deal may go from the objective straight to the observation (do–check); a large
 * deal's plan is required and recorded at least 24 hours before the visit
 * (plan–do–check).
 */
@Entity
@Table(name = "coaching_session")
public class CoachingSession extends AbstractAggregate {

	/** How long before the visit a large deal's plan must be reviewed. */
	static final int PLAN_HOURS_AHEAD = 24;

	/** The longest text of a field. */
	static final int MAX_TEXT = 2000;

	@Column(name = "coach_id", nullable = false)
	private long coachId;

	@Column(name = "rep_id", nullable = false)
	private long repId;

	@Column(name = "visit_id", nullable = false)
	private long visitId;

	@Column(name = "opportunity_id")
	private Long opportunityId;

	@Column(name = "large_deal", nullable = false)
	private boolean largeDeal;

	@Column(name = "threshold_amount", precision = 19, scale = 2)
	private BigDecimal thresholdAmount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CoachingStep step;

	@Column(name = "joint_call", nullable = false)
	private boolean jointCall;

	private String objective;

	@Column(name = "action_plan")
	private String actionPlan;

	@Column(name = "plan_rationale")
	private String planRationale;

	@Column(name = "plan_recorded_at")
	private Instant planRecordedAt;

	private String observations;

	@Column(name = "why_questions")
	private String whyQuestions;

	private String feelings;

	@Column(name = "what_happened")
	private String whatHappened;

	@Column(name = "buyer_why")
	private String buyerWhy;

	@Column(name = "went_best")
	private String wentBest;

	@Column(name = "to_improve")
	private String toImprove;

	@Column(name = "coach_observations")
	private String coachObservations;

	private String problems;

	@Column(name = "rep_solutions")
	private String repSolutions;

	private String suggestions;

	private String practice;

	@Column(name = "next_objective")
	private String nextObjective;

	@Column(name = "next_plan")
	private String nextPlan;

	@Column(name = "repeat_needed", nullable = false)
	private boolean repeatNeeded;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	protected CoachingSession() {
	}

	CoachingSession(long coachId, long repId, long visitId, Long opportunityId, boolean largeDeal,
			BigDecimal thresholdAmount) {
		this.coachId = coachId;
		this.repId = repId;
		this.visitId = visitId;
		this.opportunityId = opportunityId;
		this.largeDeal = largeDeal;
		this.thresholdAmount = thresholdAmount;
		this.step = CoachingStep.OBJECTIVE;
	}

	/**
	 * Whether {@code asked} may be recorded now: the expected step, or the observation
	 * instead of the plan on a small deal.
	 * @throws StepOutOfOrderException otherwise (409 naming the expected step)
	 */
	void requireOrder(CoachingStep asked) {
		boolean skipsPlan = asked == CoachingStep.OBSERVE && this.step == CoachingStep.PLAN && !this.largeDeal;
		if (this.step == CoachingStep.DONE || (asked != this.step && !skipsPlan)) {
			throw new StepOutOfOrderException(this.step, asked);
		}
	}

	/** ① 设定访问目标. */
	void objective(StepFields fields) {
		requireOrder(CoachingStep.OBJECTIVE);
		this.objective = required("objective", fields.objective());
		this.step = CoachingStep.PLAN;
	}

	/**
	 * ② the written action plan and why; a large deal's no later than 24 hours before the
	 * visit ({@code visitAt}, the business clock's {@code now}).
	 */
	void plan(StepFields fields, LocalDateTime visitAt, LocalDateTime now, Instant at) {
		requireOrder(CoachingStep.PLAN);
		if (this.largeDeal && now.isAfter(visitAt.minusHours(PLAN_HOURS_AHEAD))) {
			throw BusinessRuleException.onField("actionPlan", "coaching.error.planTooLate", PLAN_HOURS_AHEAD,
					this.thresholdAmount);
		}
		this.actionPlan = required("actionPlan", fields.actionPlan());
		this.planRationale = required("rationale", fields.rationale());
		this.planRecordedAt = at;
		this.step = CoachingStep.OBSERVE;
	}

	/**
	 * ③ the coach's observations and "why" questions; a coach who sold makes it a joint
	 * call.
	 */
	void observe(StepFields fields) {
		requireOrder(CoachingStep.OBSERVE);
		this.observations = required("observations", fields.observations());
		this.whyQuestions = optional("whyQuestions", fields.whyQuestions());
		this.jointCall = Boolean.TRUE.equals(fields.coachSold());
		this.step = CoachingStep.DEBRIEF;
	}

	/**
	 * ④ the debrief: feelings first, then objective / plan / what happened, then "why"
	 * about the buyer; and the coaching model's five points. Suggestions only when the
	 * rep found no solution.
	 */
	void debrief(StepFields fields) {
		requireOrder(CoachingStep.DEBRIEF);
		String solutions = optional("repSolutions", fields.repSolutions());
		String suggested = optional("suggestions", fields.suggestions());
		if (solutions != null && suggested != null) {
			throw BusinessRuleException.onField("suggestions", "coaching.error.suggestionsOnlyWithoutSolutions");
		}
		this.feelings = required("feelings", fields.feelings());
		this.whatHappened = required("whatHappened", fields.whatHappened());
		this.buyerWhy = required("buyerWhy", fields.buyerWhy());
		this.wentBest = required("wentBest", fields.wentBest());
		this.toImprove = required("toImprove", fields.toImprove());
		this.practice = required("practice", fields.practice());
		this.coachObservations = optional("coachObservations", fields.coachObservations());
		this.problems = optional("problems", fields.problems());
		this.repSolutions = solutions;
		this.suggestions = suggested;
		this.step = CoachingStep.REVIEW;
	}

	/**
	 * ⑤ the rep's goal and plan for next time; the session is complete on {@code today}.
	 */
	void review(StepFields fields, LocalDate today) {
		requireOrder(CoachingStep.REVIEW);
		this.nextObjective = required("nextObjective", fields.nextObjective());
		this.nextPlan = required("nextPlan", fields.nextPlan());
		this.repeatNeeded = Boolean.TRUE.equals(fields.repeat());
		this.completedOn = today;
		this.step = CoachingStep.DONE;
	}

	private static String required(String field, String text) {
		String value = optional(field, text);
		if (value == null) {
			throw BusinessRuleException.onField(field, "coaching.validation.required");
		}
		return value;
	}

	/** Trimmed, {@code null} when blank; at most {@value #MAX_TEXT} characters. */
	private static String optional(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.trim();
		if (value.length() > MAX_TEXT) {
			throw BusinessRuleException.onField(field, "coaching.validation.tooLong", MAX_TEXT);
		}
		return value;
	}

	public long getCoachId() {
		return this.coachId;
	}

	public long getRepId() {
		return this.repId;
	}

	public long getVisitId() {
		return this.visitId;
	}

	public Long getOpportunityId() {
		return this.opportunityId;
	}

	public boolean isLargeDeal() {
		return this.largeDeal;
	}

	public BigDecimal getThresholdAmount() {
		return this.thresholdAmount;
	}

	public CoachingStep getStep() {
		return this.step;
	}

	public boolean isJointCall() {
		return this.jointCall;
	}

	public String getObjective() {
		return this.objective;
	}

	public String getActionPlan() {
		return this.actionPlan;
	}

	public String getPlanRationale() {
		return this.planRationale;
	}

	public Instant getPlanRecordedAt() {
		return this.planRecordedAt;
	}

	public String getObservations() {
		return this.observations;
	}

	public String getWhyQuestions() {
		return this.whyQuestions;
	}

	public String getFeelings() {
		return this.feelings;
	}

	public String getWhatHappened() {
		return this.whatHappened;
	}

	public String getBuyerWhy() {
		return this.buyerWhy;
	}

	public String getWentBest() {
		return this.wentBest;
	}

	public String getToImprove() {
		return this.toImprove;
	}

	public String getCoachObservations() {
		return this.coachObservations;
	}

	public String getProblems() {
		return this.problems;
	}

	public String getRepSolutions() {
		return this.repSolutions;
	}

	public String getSuggestions() {
		return this.suggestions;
	}

	public String getPractice() {
		return this.practice;
	}

	public String getNextObjective() {
		return this.nextObjective;
	}

	public String getNextPlan() {
		return this.nextPlan;
	}

	public boolean isRepeatNeeded() {
		return this.repeatNeeded;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

}
