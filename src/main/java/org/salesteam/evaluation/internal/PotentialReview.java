package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * 进步潜力评估, the handbook's form: willing to work elsewhere, in another territory, to be
 * promoted now, a future candidate (for which positions, when, what must be done to
 * qualify), strengths and weaknesses, and the rep's quartile among peers as the scorecard
 * showed it for the reviewed period (taken from the data when written, never typed).
 * Written by the manager as a draft, shared with the rep, acknowledged by the rep with a
 * comment. A director may calibrate its 9-box place with a reason (audited).
 */
@Entity
@Audited("potentialReview")
@Table(name = "potential_review")
public class PotentialReview extends AbstractAggregate {

	/** What the manager fills in. */
	public record Form(Boolean willingToRelocate, Boolean willingOtherTerritory, boolean promoteNow,
			boolean futureCandidate, String positions, String candidateWhen, String toQualify, String strengths,
			String weaknesses, LocalDate meetingOn) {
	}

	/** When a future candidate may be considered. */
	public enum When {

		NOW, SIX_MONTHS, ONE_YEAR

	}

	/** A level of the 9-box's axes. */
	public enum Level {

		HIGH, MEDIUM, LOW;

		/** Reads a level (any case); otherwise 422 on the field. */
		static Level parse(String field, String text) {
			for (Level level : values()) {
				if (text != null && level.name().equalsIgnoreCase(text.trim())) {
					return level;
				}
			}
			throw BusinessRuleException.onField(field, "evaluation.error.level");
		}

	}

	@Column(name = "rep_id", nullable = false)
	private Long repId;

	@Column(name = "author_id", nullable = false)
	private Long authorId;

	@Column(name = "period_from", nullable = false)
	private LocalDate periodFrom;

	@Column(name = "period_to", nullable = false)
	private LocalDate periodTo;

	private Integer quartile;

	private BigDecimal score;

	@Column(name = "willing_to_relocate")
	private Boolean willingToRelocate;

	@Column(name = "willing_other_territory")
	private Boolean willingOtherTerritory;

	@Column(name = "promote_now", nullable = false)
	private boolean promoteNow;

	@Column(name = "future_candidate", nullable = false)
	private boolean futureCandidate;

	@Column(length = 500)
	private String positions;

	@Column(name = "candidate_when", length = 12)
	private String candidateWhen;

	@Column(name = "to_qualify", length = 2000)
	private String toQualify;

	@Column(nullable = false, length = 2000)
	private String strengths;

	@Column(length = 2000)
	private String weaknesses;

	@Column(name = "meeting_on")
	private LocalDate meetingOn;

	@Column(nullable = false, length = 12)
	private String status;

	@Column(name = "shared_at")
	private Instant sharedAt;

	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@Column(name = "rep_comment", length = 2000)
	private String repComment;

	@Column(name = "calibrated_performance", length = 6)
	private String calibratedPerformance;

	@Column(name = "calibrated_potential", length = 6)
	private String calibratedPotential;

	@Column(name = "calibration_reason", length = 1000)
	private String calibrationReason;

	@Column(name = "calibrated_by")
	private Long calibratedBy;

	protected PotentialReview() {
	}

	PotentialReview(long repId, long authorId, LocalDate periodFrom, LocalDate periodTo, Integer quartile,
			BigDecimal score, Form form) {
		this.repId = repId;
		this.authorId = authorId;
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
		this.quartile = quartile;
		this.score = score;
		this.status = "DRAFT";
		fill(form);
	}

	/**
	 * The form's answers. Rules (422 naming the field): strengths and weaknesses summed
	 * up ({@code strengths}); a future candidate says when ({@code candidateWhen}: NOW,
	 * SIX_MONTHS, ONE_YEAR).
	 */
	private void fill(Form form) {
		if (form.strengths() == null || form.strengths().isBlank()) {
			throw BusinessRuleException.onField("strengths", "evaluation.error.required");
		}
		When when = null;
		if (form.futureCandidate()) {
			when = parse(form.candidateWhen());
		}
		this.willingToRelocate = form.willingToRelocate();
		this.willingOtherTerritory = form.willingOtherTerritory();
		this.promoteNow = form.promoteNow();
		this.futureCandidate = form.futureCandidate();
		this.positions = trim(form.positions());
		this.candidateWhen = (when != null) ? when.name() : null;
		this.toQualify = trim(form.toQualify());
		this.strengths = form.strengths().trim();
		this.weaknesses = trim(form.weaknesses());
		this.meetingOn = form.meetingOn();
	}

	private static When parse(String text) {
		if (text != null) {
			for (When when : When.values()) {
				if (when.name().equalsIgnoreCase(text.trim())) {
					return when;
				}
			}
		}
		throw BusinessRuleException.onField("candidateWhen", "evaluation.error.candidateWhen");
	}

	private static String trim(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	void share(Instant now) {
		if ("DRAFT".equals(this.status)) {
			this.status = "SHARED";
			this.sharedAt = now;
		}
	}

	/** The rep has read the shared review; the comment is optional. */
	void acknowledge(String comment, Instant now) {
		if ("DRAFT".equals(this.status)) {
			throw BusinessRuleException.onField("status", "evaluation.error.notShared");
		}
		this.status = "ACKNOWLEDGED";
		this.acknowledgedAt = now;
		this.repComment = trim(comment);
	}

	void calibrate(Level performance, Level potential, String reason, long by) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.onField("reason", "evaluation.error.required");
		}
		this.calibratedPerformance = performance.name();
		this.calibratedPotential = potential.name();
		this.calibrationReason = reason.trim();
		this.calibratedBy = by;
	}

	/** Performance from the quartile on the review: 1 high, 2–3 medium, 4 low. */
	public Level performanceFromData() {
		return performanceOf(this.quartile);
	}

	/** Performance from a quartile: 1 high, 2–3 medium, 4 low; none without one. */
	public static Level performanceOf(Integer quartile) {
		if (quartile == null) {
			return null;
		}
		return (quartile == 1) ? Level.HIGH : (quartile == 4) ? Level.LOW : Level.MEDIUM;
	}

	/**
	 * The 9-box's performance: a director's calibration, else from the scorecard's
	 * quartile as it is now ({@code liveQuartile}).
	 */
	public Level performance(Integer liveQuartile) {
		return (this.calibratedPerformance != null) ? Level.valueOf(this.calibratedPerformance)
				: performanceOf(liveQuartile);
	}

	/**
	 * Potential from the answers: promote now (or a candidate now) high, a candidate in
	 * six months or a year medium, not a candidate low.
	 */
	public Level potentialFromAnswers() {
		if (this.promoteNow || (this.futureCandidate && When.NOW.name().equals(this.candidateWhen))) {
			return Level.HIGH;
		}
		return this.futureCandidate ? Level.MEDIUM : Level.LOW;
	}

	public Level performance() {
		return (this.calibratedPerformance != null) ? Level.valueOf(this.calibratedPerformance) : performanceFromData();
	}

	public Level potential() {
		return (this.calibratedPotential != null) ? Level.valueOf(this.calibratedPotential) : potentialFromAnswers();
	}

	public boolean isShared() {
		return !"DRAFT".equals(this.status);
	}

	public Long getRepId() {
		return this.repId;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	public LocalDate getPeriodTo() {
		return this.periodTo;
	}

	public Integer getQuartile() {
		return this.quartile;
	}

	public BigDecimal getScore() {
		return this.score;
	}

	public Boolean getWillingToRelocate() {
		return this.willingToRelocate;
	}

	public Boolean getWillingOtherTerritory() {
		return this.willingOtherTerritory;
	}

	public boolean isPromoteNow() {
		return this.promoteNow;
	}

	public boolean isFutureCandidate() {
		return this.futureCandidate;
	}

	public String getPositions() {
		return this.positions;
	}

	public String getCandidateWhen() {
		return this.candidateWhen;
	}

	public String getToQualify() {
		return this.toQualify;
	}

	public String getStrengths() {
		return this.strengths;
	}

	public String getWeaknesses() {
		return this.weaknesses;
	}

	public LocalDate getMeetingOn() {
		return this.meetingOn;
	}

	public String getStatus() {
		return this.status;
	}

	public Instant getSharedAt() {
		return this.sharedAt;
	}

	public Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	public String getRepComment() {
		return this.repComment;
	}

	public String getCalibrationReason() {
		return this.calibrationReason;
	}

	public Long getCalibratedBy() {
		return this.calibratedBy;
	}

	public boolean isCalibrated() {
		return this.calibratedPerformance != null;
	}

}
