package org.salesteam.evaluation.internal;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.AuditMasked;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * A candidate for an open position — a person without a login. The pipeline: APPLIED →
 * INTERVIEWING (at the first interview) → OFFERED (only once at least
 * {@value Recruiting#MIN_INTERVIEWERS} interviewers have scored) → HIRED (linked to the
 * user the admin created); REJECTED or WITHDRAWN from any open state. Name, phone and
 * e-mail are masked in the audit trail: deleting a candidate on request leaves no
 * personal data behind.
 */
@Entity
@Audited("candidate")
@Table(name = "recruit_candidate")
public class Candidate extends AbstractAggregate {

	/** The pipeline's states. */
	public enum Status {

		APPLIED, INTERVIEWING, OFFERED, HIRED, REJECTED, WITHDRAWN;

		boolean isOpen() {
			return this == APPLIED || this == INTERVIEWING || this == OFFERED;
		}

	}

	/** What the recruiter types about a candidate. */
	public record Form(Long positionId, String fullName, String phone, String email, String source) {
	}

	/** A decision a manager or director takes. */
	public enum Decision {

		OFFER, REJECT, WITHDRAW;

		static Decision parse(String text) {
			for (Decision decision : values()) {
				if (text != null && decision.name().equalsIgnoreCase(text.trim())) {
					return decision;
				}
			}
			throw BusinessRuleException.onField("decision", "evaluation.recruit.error.decision");
		}

	}

	private static final Set<Status> INTERVIEWABLE = Set.of(Status.APPLIED, Status.INTERVIEWING);

	@Column(name = "position_id", nullable = false)
	private Long positionId;

	@AuditMasked
	@Column(name = "full_name", nullable = false, length = 100)
	private String fullName;

	@AuditMasked
	@Column(length = 40)
	private String phone;

	@AuditMasked
	@Column(length = 200)
	private String email;

	@Column(length = 200)
	private String source;

	@Column(nullable = false, length = 12)
	private String status;

	@Column(name = "decision_note", length = 1000)
	private String decisionNote;

	@Column(name = "hired_user_id")
	private Long hiredUserId;

	@Column(name = "hired_on")
	private LocalDate hiredOn;

	@Column(name = "plan_id")
	private Long planId;

	protected Candidate() {
	}

	Candidate(long positionId, Form form) {
		this.positionId = positionId;
		this.fullName = Recruiting.required("fullName", form.fullName(), 100);
		this.phone = Recruiting.optional("phone", form.phone(), 40);
		this.email = Recruiting.optional("email", form.email(), 200);
		if (this.email != null && !this.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw BusinessRuleException.onField("email", "evaluation.recruit.error.email");
		}
		this.source = Recruiting.optional("source", form.source(), 200);
		this.status = Status.APPLIED.name();
	}

	public Status status() {
		return Status.valueOf(this.status);
	}

	/** An interview is held while the candidate is applied or interviewing (422 else). */
	void interviewed() {
		if (!INTERVIEWABLE.contains(status())) {
			throw BusinessRuleException.onField("status", "evaluation.recruit.error.state");
		}
		this.status = Status.INTERVIEWING.name();
	}

	/**
	 * Offer (with enough interviewers), reject or withdraw an open candidate (422 on
	 * {@code status} otherwise, on {@code interviews} for an offer with too few).
	 */
	void decide(Decision decision, String note, int interviewers) {
		if (!status().isOpen()) {
			throw BusinessRuleException.onField("status", "evaluation.recruit.error.state");
		}
		if (decision == Decision.OFFER && interviewers < Recruiting.MIN_INTERVIEWERS) {
			throw BusinessRuleException.onField("interviews", "evaluation.recruit.error.interviewers",
					Recruiting.MIN_INTERVIEWERS);
		}
		this.decisionNote = Recruiting.optional("note", note, 1000);
		this.status = switch (decision) {
			case OFFER -> Status.OFFERED.name();
			case REJECT -> Status.REJECTED.name();
			case WITHDRAW -> Status.WITHDRAWN.name();
		};
	}

	/**
	 * The offered candidate joined as this user (422 on {@code status} if not offered).
	 */
	void hired(long userId, LocalDate on) {
		if (status() != Status.OFFERED) {
			throw BusinessRuleException.onField("status", "evaluation.recruit.error.state");
		}
		this.hiredUserId = userId;
		this.hiredOn = on;
		this.status = Status.HIRED.name();
	}

	void plan(long planId) {
		this.planId = planId;
	}

	public Long getPositionId() {
		return this.positionId;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getEmail() {
		return this.email;
	}

	public String getSource() {
		return this.source;
	}

	public String getDecisionNote() {
		return this.decisionNote;
	}

	public Long getHiredUserId() {
		return this.hiredUserId;
	}

	public LocalDate getHiredOn() {
		return this.hiredOn;
	}

	public Long getPlanId() {
		return this.planId;
	}

}
