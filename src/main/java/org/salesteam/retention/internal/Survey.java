package org.salesteam.retention.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.salesteam.platform.AbstractAggregate;

/**
 * A satisfaction survey sent to a customer (a contact of it, when named) as a link: open
 * until answered or expired, answered once. A detractor's answer opens a follow-up for
 * the customer's owner. A survey the application created ({@link SurveyOrigin}) has no
 * link until a user takes one ({@link #issueLink}); taking a new link replaces the
 * previous one (ADR 0047).
 */
@Entity
@Table(name = "retention_survey")
public class Survey extends AbstractAggregate {

	@Column(name = "customer_id", nullable = false)
	private Long customerId;

	@Column(name = "contact_id")
	private Long contactId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 4)
	private SurveyKind kind;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private SurveyOrigin origin = SurveyOrigin.MANUAL;

	@Column(name = "source_ref", length = 40)
	private String sourceRef;

	@Column(name = "token_hash", length = 64)
	private String tokenHash;

	@Column(name = "link_issued_at")
	private Instant linkIssuedAt;

	@Column(name = "sent_by", nullable = false)
	private Long sentBy;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	private Integer score;

	@Column(name = "answer_comment", length = 1000)
	private String comment;

	private boolean detractor;

	@Column(name = "follow_up_assignee")
	private Long followUpAssignee;

	@Column(name = "follow_up_due")
	private LocalDate followUpDue;

	@Column(name = "follow_up_done_on")
	private LocalDate followUpDoneOn;

	protected Survey() {
	}

	Survey(long customerId, Long contactId, SurveyKind kind, String tokenHash, long sentBy, Instant sentAt,
			Instant expiresAt) {
		this.customerId = customerId;
		this.contactId = contactId;
		this.kind = kind;
		this.tokenHash = tokenHash;
		this.sentBy = sentBy;
		this.sentAt = sentAt;
		this.expiresAt = expiresAt;
		this.linkIssuedAt = sentAt;
	}

	/**
	 * A survey the application created for {@code origin}: no link yet, waiting for the
	 * customer's owner ({@code sentBy}) to take one and pass it on.
	 */
	static Survey automatic(long customerId, Long contactId, SurveyKind kind, SurveyOrigin origin, String sourceRef,
			long owner, Instant createdAt) {
		Survey survey = new Survey(customerId, contactId, kind, null, owner, createdAt, null);
		survey.origin = origin;
		survey.sourceRef = sourceRef;
		survey.linkIssuedAt = null;
		return survey;
	}

	/** Whether the link still takes an answer at {@code now}. */
	boolean isOpen(Instant now) {
		return this.answeredAt == null && this.expiresAt != null && now.isBefore(this.expiresAt);
	}

	/**
	 * A new link (its token's hash) valid from {@code now} for {@code validFor}: any
	 * earlier link of the survey stops working.
	 */
	void issueLink(String newTokenHash, Instant now, java.time.Duration validFor) {
		this.tokenHash = newTokenHash;
		this.linkIssuedAt = now;
		this.expiresAt = now.plus(validFor);
	}

	/**
	 * Records the answer (the score already checked against the kind); a detractor opens
	 * the follow-up for {@code assignee}, due {@code followUpDue}.
	 */
	void answer(int score, String comment, Instant at, Long assignee, LocalDate followUpDue) {
		this.score = score;
		this.comment = (comment != null && !comment.isBlank()) ? comment.trim() : null;
		this.answeredAt = at;
		this.detractor = this.kind.isDetractor(score);
		if (this.detractor) {
			this.followUpAssignee = assignee;
			this.followUpDue = followUpDue;
		}
	}

	void followUpDone(LocalDate on) {
		this.followUpDoneOn = on;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public Long getContactId() {
		return this.contactId;
	}

	public SurveyKind getKind() {
		return this.kind;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public SurveyOrigin getOrigin() {
		return this.origin;
	}

	public Instant getLinkIssuedAt() {
		return this.linkIssuedAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public Integer getScore() {
		return this.score;
	}

	public String getComment() {
		return this.comment;
	}

	public boolean isDetractor() {
		return this.detractor;
	}

	public Long getFollowUpAssignee() {
		return this.followUpAssignee;
	}

	public LocalDate getFollowUpDue() {
		return this.followUpDue;
	}

	public LocalDate getFollowUpDoneOn() {
		return this.followUpDoneOn;
	}

}
