package org.salesteam.keyaccount.internal;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A quarterly review of a key-account plan: the progress noted, by whom and when. */
@Embeddable
public class PlanReview {

	@Column(nullable = false)
	private int quarter;

	@Column(nullable = false, length = 2000)
	private String progress;

	@Column(name = "reviewed_on", nullable = false)
	private LocalDate reviewedOn;

	@Column(name = "reviewer_id", nullable = false)
	private Long reviewerId;

	protected PlanReview() {
	}

	public PlanReview(int quarter, String progress, LocalDate reviewedOn, long reviewerId) {
		this.quarter = quarter;
		this.progress = progress;
		this.reviewedOn = reviewedOn;
		this.reviewerId = reviewerId;
	}

	public int getQuarter() {
		return this.quarter;
	}

	public String getProgress() {
		return this.progress;
	}

	public LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

	public Long getReviewerId() {
		return this.reviewerId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PlanReview that && that.quarter == this.quarter
				&& Objects.equals(that.progress, this.progress);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.quarter, this.progress);
	}

	@Override
	public String toString() {
		return "Q" + this.quarter + " " + this.reviewedOn;
	}

}
