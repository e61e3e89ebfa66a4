package org.salesteam.visit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * 每周访问安排: a rep's visit schedule for one ISO week as a document that is submitted and
 * reviewed (察看销售员的客户访问计划). The visits themselves stay in {@link Visit}; this keeps only
 * the review's state. A week without a row is a draft.
 */
@Entity
@Audited("visitPlan")
@Table(name = "visit_plan")
public class VisitPlan extends AbstractAggregate {

	@Column(name = "rep_id", nullable = false)
	private long repId;

	@Column(name = "iso_week", nullable = false, length = 8)
	private String isoWeek;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private VisitPlanStatus status;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "reviewed_by")
	private Long reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "review_comment", length = 1000)
	private String reviewComment;

	@Column(name = "shortfall_reason", length = 1000)
	private String shortfallReason;

	protected VisitPlan() {
	}

	public VisitPlan(long repId, String isoWeek) {
		this.repId = repId;
		this.isoWeek = isoWeek;
		this.status = VisitPlanStatus.DRAFT;
	}

	/**
	 * The rep hands the week in: from a draft or after it was returned. With fewer
	 * {@code planned} visits than the standard's {@code needed} the rep says why
	 * ({@code reason}, required then, kept for the manager's review); otherwise no reason
	 * is kept.
	 */
	public void submit(Instant at, int planned, int needed, String reason) {
		if (this.status != VisitPlanStatus.DRAFT && this.status != VisitPlanStatus.RETURNED) {
			throw new BusinessRuleException("visitPlan.error.notDraft");
		}
		String text = (reason == null || reason.isBlank()) ? null : reason.trim();
		if (planned < needed && text == null) {
			throw BusinessRuleException.onField("reason", "visitPlan.validation.reasonRequired", planned, needed);
		}
		if (text != null && text.length() > 1000) {
			throw BusinessRuleException.onField("reason", "visit.validation.tooLong");
		}
		this.status = VisitPlanStatus.SUBMITTED;
		this.submittedAt = at;
		this.shortfallReason = (planned < needed) ? text : null;
	}

	/** The rep's superior approves the week or returns it; returning needs a comment. */
	public void review(VisitPlanStatus decision, String comment, long by, Instant at) {
		if (this.status != VisitPlanStatus.SUBMITTED) {
			throw new BusinessRuleException("visitPlan.error.notSubmitted");
		}
		if (decision != VisitPlanStatus.APPROVED && decision != VisitPlanStatus.RETURNED) {
			throw BusinessRuleException.onField("decision", "visitPlan.validation.decision");
		}
		String text = (comment == null || comment.isBlank()) ? null : comment.trim();
		if (decision == VisitPlanStatus.RETURNED && text == null) {
			throw BusinessRuleException.onField("comment", "visitPlan.validation.commentRequired");
		}
		this.status = decision;
		this.reviewComment = text;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	public long getRepId() {
		return this.repId;
	}

	public String getIsoWeek() {
		return this.isoWeek;
	}

	public VisitPlanStatus getStatus() {
		return this.status;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Long getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public String getReviewComment() {
		return this.reviewComment;
	}

	public String getShortfallReason() {
		return this.shortfallReason;
	}

}
