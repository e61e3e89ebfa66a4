package org.salesteam.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * 销售目标: a target of one {@link GoalType} for one scope and one calendar period. Only a
 * draft changes; the superior approves a submitted goal or sends it back to draft with a
 * comment. A rep's goal made by allocating a team goal keeps it as {@code parentId}.
 */
@Entity
@Audited("goal")
@Table(name = "goal")
public class Goal extends AbstractAggregate {

	@Enumerated(EnumType.STRING)
	@Column(name = "goal_type", nullable = false, length = 30)
	private GoalType type;

	@Column(nullable = false, length = 120)
	private String scope;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "team_id")
	private Long teamId;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_kind", nullable = false, length = 10)
	private PeriodKind periodKind;

	@Column(name = "period_from", nullable = false)
	private LocalDate periodFrom;

	@Column(name = "period_to", nullable = false)
	private LocalDate periodTo;

	@Column(nullable = false, precision = 19, scale = 2)
	private BigDecimal target;

	@Column(precision = 19, scale = 2)
	private BigDecimal stretch;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private GoalStatus status;

	@Column(name = "review_comment", length = 500)
	private String reviewComment;

	@Column(name = "approved_by")
	private Long approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "parent_id")
	private Long parentId;

	@Column(name = "allocation_method", length = 20)
	private String allocationMethod;

	@Column(name = "customer_id")
	private Long customerId;

	@Column(name = "product_category", length = 100)
	private String productCategory;

	@Column(name = "segment_id")
	private Long segmentId;

	@Column(length = 1000)
	private String notes;

	protected Goal() {
	}

	/**
	 * A new draft for a scope (its text, and the rep's user id or the team's id that
	 * visibility filters on).
	 */
	public Goal(GoalType type, String scope, Long ownerId, Long teamId, PeriodKind.Period period) {
		this.type = type;
		this.scope = scope;
		this.ownerId = ownerId;
		this.teamId = teamId;
		this.periodKind = period.kind();
		this.periodFrom = period.from();
		this.periodTo = period.to();
		this.status = GoalStatus.DRAFT;
	}

	/**
	 * Sets the figures of a draft; the stretch, when given, is at least the target (at
	 * most the target when lower is better).
	 */
	public void describe(BigDecimal target, BigDecimal stretch, Long customerId, String productCategory, Long segmentId,
			String notes) {
		requireDraft();
		this.target = checked("target", target);
		this.stretch = (stretch != null) ? checked("stretch", stretch) : null;
		if (this.stretch != null && this.type.lowerIsBetter() && this.stretch.compareTo(this.target) > 0) {
			throw BusinessRuleException.onField("stretch", "goal.error.stretchAboveTarget");
		}
		if (this.stretch != null && !this.type.lowerIsBetter() && this.stretch.compareTo(this.target) < 0) {
			throw BusinessRuleException.onField("stretch", "goal.error.stretchBelowTarget");
		}
		this.customerId = customerId;
		this.productCategory = blankToNull(productCategory);
		this.segmentId = segmentId;
		this.notes = blankToNull(notes);
	}

	/** Hands a draft to the superior. */
	public void submit() {
		requireDraft();
		this.reviewComment = null;
		this.status = GoalStatus.SUBMITTED;
	}

	/** The superior agrees (上司批准). */
	public void approve(Long by, Instant at, String comment) {
		if (this.status != GoalStatus.SUBMITTED) {
			throw new BusinessRuleException("goal.error.notSubmitted");
		}
		this.status = GoalStatus.APPROVED;
		this.approvedBy = by;
		this.approvedAt = at;
		this.reviewComment = blankToNull(comment);
	}

	/**
	 * A rep's part of a team goal is approved when the team goal is, whatever its own
	 * state (a part approved already stays as it is).
	 */
	public void approveWithTeam(Long by, Instant at) {
		if (this.status == GoalStatus.APPROVED) {
			return;
		}
		this.status = GoalStatus.APPROVED;
		this.approvedBy = by;
		this.approvedAt = at;
	}

	/** The superior sends a submitted goal back to draft, saying why. */
	public void sendBack(String comment) {
		if (this.status != GoalStatus.SUBMITTED) {
			throw new BusinessRuleException("goal.error.notSubmitted");
		}
		if (comment == null || comment.isBlank()) {
			throw BusinessRuleException.onField("comment", "goal.error.commentRequired");
		}
		this.status = GoalStatus.DRAFT;
		this.reviewComment = comment.trim();
	}

	/**
	 * Takes a part of an allocated team goal: the target, and the status the allocation
	 * gives (approved with an approved team goal, otherwise draft).
	 */
	public void allocate(long parentId, String method, BigDecimal part, boolean approved, Long by, Instant at) {
		this.parentId = parentId;
		this.allocationMethod = method;
		this.target = part;
		if (this.stretch != null && this.stretch.compareTo(part) < 0) {
			this.stretch = null;
		}
		this.status = approved ? GoalStatus.APPROVED : GoalStatus.DRAFT;
		this.approvedBy = approved ? by : null;
		this.approvedAt = approved ? at : null;
	}

	private void requireDraft() {
		if (this.status != GoalStatus.DRAFT) {
			throw new BusinessRuleException("goal.error.notDraft");
		}
	}

	private BigDecimal checked(String field, BigDecimal value) {
		if (value == null) {
			throw BusinessRuleException.onField(field, "goal.error.required");
		}
		if (value.signum() < 0 && this.type != GoalType.SALES_GROWTH) {
			throw BusinessRuleException.onField(field, "goal.error.negative");
		}
		int scale = this.type.unit().scale();
		if (value.stripTrailingZeros().scale() > scale) {
			throw BusinessRuleException.onField(field, "goal.error.decimals", scale);
		}
		return value.setScale(2, RoundingMode.UNNECESSARY);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	public GoalType getType() {
		return this.type;
	}

	public String getScope() {
		return this.scope;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public PeriodKind.Period getPeriod() {
		return new PeriodKind.Period(this.periodKind, this.periodFrom, this.periodTo);
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public BigDecimal getStretch() {
		return this.stretch;
	}

	public GoalStatus getStatus() {
		return this.status;
	}

	public String getReviewComment() {
		return this.reviewComment;
	}

	public Long getApprovedBy() {
		return this.approvedBy;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public String getAllocationMethod() {
		return this.allocationMethod;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public String getProductCategory() {
		return this.productCategory;
	}

	public Long getSegmentId() {
		return this.segmentId;
	}

	public String getNotes() {
		return this.notes;
	}

}
