package org.salesteam.keyaccount.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/**
 * One hand-over of a key account from its key-account manager (or its owner, when the
 * team had none) to a new one, with the confirmed checklist; written once, never changed
 * (ADR 0048).
 */
@Entity
@Table(name = "ka_handover")
@Audited("keyAccountHandover")
public class Handover extends AbstractAggregate {

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(name = "from_user_id", updatable = false)
	private Long fromUserId;

	@Column(name = "to_user_id", nullable = false, updatable = false)
	private Long toUserId;

	@Column(name = "handed_over_on", nullable = false, updatable = false)
	private LocalDate handedOverOn;

	@Column(nullable = false, length = 300, updatable = false)
	private String checklist;

	@Column(length = 1000, updatable = false)
	private String note;

	@Column(name = "handed_over_by", nullable = false, updatable = false)
	private Long handedOverBy;

	protected Handover() {
	}

	Handover(long customerId, Long fromUserId, long toUserId, LocalDate on, String checklist, String note, long by) {
		this.customerId = customerId;
		this.fromUserId = fromUserId;
		this.toUserId = toUserId;
		this.handedOverOn = on;
		this.checklist = checklist;
		this.note = note;
		this.handedOverBy = by;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public Long getFromUserId() {
		return this.fromUserId;
	}

	public Long getToUserId() {
		return this.toUserId;
	}

	public LocalDate getHandedOverOn() {
		return this.handedOverOn;
	}

	public String getChecklist() {
		return this.checklist;
	}

	public String getNote() {
		return this.note;
	}

	public Long getHandedOverBy() {
		return this.handedOverBy;
	}

}
