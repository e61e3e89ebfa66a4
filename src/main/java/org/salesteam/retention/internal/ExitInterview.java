package org.salesteam.retention.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.BusinessRuleException;

/**
 * The exit interview (流失访谈) a lost customer opens: due 14 days after the loss, for the
 * customer's owner, with the handbook's three questions — why they stopped buying, where
 * we disappointed them, what the competitor offered. Done once answered.
 */
@Entity
@Table(name = "retention_exit_interview")
public class ExitInterview extends AbstractAggregate {

	/** Days from the loss to the interview's due date. */
	static final int DUE_DAYS = 14;

	@Column(name = "lost_id", nullable = false)
	private Long lostId;

	@Column(name = "customer_id", nullable = false)
	private Long customerId;

	@Column(name = "assignee_id")
	private Long assigneeId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(nullable = false, length = 10)
	private String status;

	@Column(name = "why_stopped", length = 2000)
	private String whyStopped;

	@Column(name = "where_disappointed", length = 2000)
	private String whereDisappointed;

	@Column(name = "competitor_offer", length = 2000)
	private String competitorOffer;

	@Column(name = "done_on")
	private LocalDate doneOn;

	protected ExitInterview() {
	}

	ExitInterview(long lostId, long customerId, Long assigneeId, LocalDate lostOn) {
		this.lostId = lostId;
		this.customerId = customerId;
		this.assigneeId = assigneeId;
		this.dueOn = lostOn.plusDays(DUE_DAYS);
		this.status = "OPEN";
	}

	/** The customer's answers; at least why they stopped buying. */
	void answer(String whyStopped, String whereDisappointed, String competitorOffer, LocalDate on) {
		if (whyStopped == null || whyStopped.isBlank()) {
			throw BusinessRuleException.onField("whyStopped", "retention.error.required");
		}
		this.whyStopped = whyStopped.trim();
		this.whereDisappointed = whereDisappointed;
		this.competitorOffer = competitorOffer;
		this.doneOn = on;
		this.status = "DONE";
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public String getStatus() {
		return this.status;
	}

	public String getWhyStopped() {
		return this.whyStopped;
	}

	public String getWhereDisappointed() {
		return this.whereDisappointed;
	}

	public String getCompetitorOffer() {
		return this.competitorOffer;
	}

	public LocalDate getDoneOn() {
		return this.doneOn;
	}

}
