package org.salesteam.keyaccount.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * A one-year key-account plan (大客户年度计划): vision, SWOT, strategies, risks, objectives
 * measured by the KPI engine, an action plan and quarterly reviews. DRAFT → SUBMITTED →
 * APPROVED, or back to DRAFT with the decider's note; only a draft is edited. One per
 * account and year. The account's visibility decides who reads it (ADR 0035).
 */
@Entity
@Table(name = "ka_plan")
@Audited("keyAccountPlan")
public class KeyAccountPlan extends AbstractAggregate {

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(name = "plan_year", nullable = false, updatable = false)
	private int year;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private PlanStatus status = PlanStatus.DRAFT;

	@Column(length = 2000)
	private String vision;

	@Column(length = 4000)
	private String swot;

	@Column(length = 4000)
	private String strategies;

	@Column(length = 2000)
	private String risks;

	@Column(name = "submitted_on")
	private LocalDate submittedOn;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "decision_note", length = 1000)
	private String decisionNote;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "ka_plan_objective", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	private List<PlanObjective> objectives = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "ka_plan_action", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	private List<PlanAction> actions = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "ka_plan_review", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderBy("quarter")
	private List<PlanReview> reviews = new ArrayList<>();

	protected KeyAccountPlan() {
	}

	KeyAccountPlan(long customerId, int year, long ownerId) {
		this.customerId = customerId;
		this.year = year;
		this.ownerId = ownerId;
	}

	/** The plan's text and lists, replaced whole; only while it is a draft. */
	void write(PlanContent content) {
		checkDraft();
		this.vision = content.vision();
		this.swot = content.swot();
		this.strategies = content.strategies();
		this.risks = content.risks();
		this.objectives.clear();
		this.objectives.addAll(content.objectives());
		this.actions.clear();
		this.actions.addAll(content.actions());
	}

	void submit(LocalDate on) {
		checkDraft();
		if (this.objectives.isEmpty()) {
			throw BusinessRuleException.onField("objectives", "keyaccount.error.planNoObjectives");
		}
		this.status = PlanStatus.SUBMITTED;
		this.submittedOn = on;
	}

	/** The manager's or director's decision on a submitted plan. */
	void decide(boolean approved, long deciderId, LocalDate on, String note) {
		if (this.status != PlanStatus.SUBMITTED) {
			throw new BusinessRuleException("keyaccount.error.planNotSubmitted");
		}
		this.status = approved ? PlanStatus.APPROVED : PlanStatus.DRAFT;
		this.decidedBy = deciderId;
		this.decidedOn = on;
		this.decisionNote = note;
	}

	/** A quarter's review (1–4), replacing an earlier one of the same quarter. */
	void review(PlanReview review) {
		this.reviews.removeIf((r) -> r.getQuarter() == review.getQuarter());
		this.reviews.add(review);
		this.reviews.sort(java.util.Comparator.comparingInt(PlanReview::getQuarter));
	}

	/** Marks one action (by its position) done, open again or cancelled, in any state. */
	void setActionStatus(int index, ActionStatus changed) {
		if (index < 0 || index >= this.actions.size()) {
			throw BusinessRuleException.onField("action", "keyaccount.error.noSuchAction");
		}
		this.actions.set(index, this.actions.get(index).withStatus(changed));
	}

	private void checkDraft() {
		if (this.status != PlanStatus.DRAFT) {
			throw new BusinessRuleException("keyaccount.error.planNotDraft");
		}
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public int getYear() {
		return this.year;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public String getVision() {
		return this.vision;
	}

	public String getSwot() {
		return this.swot;
	}

	public String getStrategies() {
		return this.strategies;
	}

	public String getRisks() {
		return this.risks;
	}

	public LocalDate getSubmittedOn() {
		return this.submittedOn;
	}

	public Long getDecidedBy() {
		return this.decidedBy;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public String getDecisionNote() {
		return this.decisionNote;
	}

	public List<PlanObjective> getObjectives() {
		return List.copyOf(this.objectives);
	}

	public List<PlanAction> getActions() {
		return List.copyOf(this.actions);
	}

	public List<PlanReview> getReviews() {
		return List.copyOf(this.reviews);
	}

}
