package org.salesteam.retention.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/**
 * The acceptable yearly loss rate of a customer class in percent (制定保持目标: A 5, B 10, C 20
 * to begin with); every change is in the audit trail.
 */
@Entity
@Audited("retentionTarget")
@Table(name = "retention_target")
public class RetentionTarget extends AbstractAggregate {

	@Column(name = "customer_class", nullable = false, length = 1)
	private String customerClass;

	@Column(name = "loss_rate", nullable = false, precision = 5, scale = 2)
	private BigDecimal lossRate;

	protected RetentionTarget() {
	}

	public String getCustomerClass() {
		return this.customerClass;
	}

	public BigDecimal getLossRate() {
		return this.lossRate;
	}

	void change(BigDecimal lossRate) {
		this.lossRate = lossRate;
	}

}
