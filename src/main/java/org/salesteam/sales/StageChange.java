package org.salesteam.sales;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One move of an opportunity between stages, with when and by whom. */
@Embeddable
public class StageChange {

	@Column(name = "change_no", nullable = false)
	private int changeNo;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_stage", length = 20)
	private OpportunityStage fromStage;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_stage", nullable = false, length = 20)
	private OpportunityStage toStage;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by")
	private Long changedBy;

	protected StageChange() {
	}

	StageChange(int changeNo, OpportunityStage fromStage, OpportunityStage toStage, Instant changedAt, Long changedBy) {
		this.changeNo = changeNo;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
	}

	public int getChangeNo() {
		return this.changeNo;
	}

	public OpportunityStage getFromStage() {
		return this.fromStage;
	}

	public OpportunityStage getToStage() {
		return this.toStage;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public Long getChangedBy() {
		return this.changedBy;
	}

	@Override
	public String toString() {
		return this.changeNo + ":" + this.fromStage + "→" + this.toStage + "@" + this.changedAt;
	}

}
