package org.salesteam.evaluation.internal;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * 职业发展计划: a rep's development plan, started on a day, optionally following a potential
 * review; its items sit in the handbook's three columns ({@link DevelopmentPlanItem}).
 * Follow-ups fall {@value #FIRST_FOLLOW_UP} days after the start and every
 * {@value #FIRST_FOLLOW_UP} days after that, three in all (30 / 60 / 90); each is
 * recorded on the day it is held.
 */
@Entity
@Audited("developmentPlan")
@Table(name = "development_plan")
public class DevelopmentPlan extends AbstractAggregate {

	/** Days from the start to the first follow-up, and between follow-ups. */
	static final int FIRST_FOLLOW_UP = 30;

	@Column(name = "rep_id", nullable = false)
	private Long repId;

	@Column(name = "created_by", nullable = false)
	private Long createdBy;

	@Column(name = "review_id")
	private Long reviewId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "started_on", nullable = false)
	private LocalDate startedOn;

	@Column(name = "follow_up_30_on")
	private LocalDate followUp30On;

	@Column(name = "follow_up_60_on")
	private LocalDate followUp60On;

	@Column(name = "follow_up_90_on")
	private LocalDate followUp90On;

	protected DevelopmentPlan() {
	}

	DevelopmentPlan(long repId, long createdBy, Long reviewId, String title, LocalDate startedOn) {
		if (title == null || title.isBlank()) {
			throw BusinessRuleException.onField("title", "evaluation.error.required");
		}
		if (startedOn == null) {
			throw BusinessRuleException.onField("startedOn", "evaluation.error.required");
		}
		this.repId = repId;
		this.createdBy = createdBy;
		this.reviewId = reviewId;
		this.title = title.trim();
		this.startedOn = startedOn;
	}

	/** The next follow-up not yet held: 30, 60 or 90; none after the third. */
	public Optional<Integer> nextFollowUp() {
		if (this.followUp30On == null) {
			return Optional.of(30);
		}
		if (this.followUp60On == null) {
			return Optional.of(60);
		}
		return (this.followUp90On == null) ? Optional.of(90) : Optional.empty();
	}

	/** The day the next follow-up falls due. */
	public Optional<LocalDate> nextFollowUpDue() {
		return nextFollowUp().map((days) -> this.startedOn.plusDays(days));
	}

	/**
	 * Records the next follow-up as held on the day (422 on {@code followUp} if all are).
	 */
	void followUp(LocalDate on) {
		int step = nextFollowUp()
			.orElseThrow(() -> BusinessRuleException.onField("followUp", "evaluation.error.followUpsDone"));
		switch (step) {
			case 30 -> this.followUp30On = on;
			case 60 -> this.followUp60On = on;
			default -> this.followUp90On = on;
		}
	}

	public Long getRepId() {
		return this.repId;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Long getReviewId() {
		return this.reviewId;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public LocalDate getFollowUp30On() {
		return this.followUp30On;
	}

	public LocalDate getFollowUp60On() {
		return this.followUp60On;
	}

	public LocalDate getFollowUp90On() {
		return this.followUp90On;
	}

}
