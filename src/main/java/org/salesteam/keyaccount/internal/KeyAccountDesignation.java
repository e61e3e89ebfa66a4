package org.salesteam.keyaccount.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/**
 * A customer's designation as a key account (大客户认定): its strategic fit (1–5) and the
 * reason, who designated it and when. The customer's own key-account flag is set with it
 * (ADR 0035).
 */
@Entity
@Table(name = "ka_account")
@Audited("keyAccount")
public class KeyAccountDesignation extends AbstractAggregate {

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(name = "strategic_fit", nullable = false)
	private int strategicFit;

	@Column(length = 1000)
	private String reason;

	@Column(name = "designated_on", nullable = false)
	private LocalDate designatedOn;

	@Column(name = "designated_by", nullable = false)
	private Long designatedBy;

	protected KeyAccountDesignation() {
	}

	KeyAccountDesignation(long customerId, LocalDate on, long by) {
		this.customerId = customerId;
		this.designatedOn = on;
		this.designatedBy = by;
	}

	void describe(int strategicFit, String reason) {
		this.strategicFit = strategicFit;
		this.reason = reason;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public int getStrategicFit() {
		return this.strategicFit;
	}

	public String getReason() {
		return this.reason;
	}

	public LocalDate getDesignatedOn() {
		return this.designatedOn;
	}

	public Long getDesignatedBy() {
		return this.designatedBy;
	}

}
