package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 回款: money received against an order's invoice. */
@Embeddable
public class Payment {

	@Column(name = "payment_no", nullable = false)
	private int paymentNo;

	@Column(name = "paid_on", nullable = false)
	private LocalDate paidOn;

	@Column(nullable = false, precision = 19, scale = 2)
	private BigDecimal amount;

	@Column(name = "recorded_by")
	private Long recordedBy;

	protected Payment() {
	}

	Payment(int paymentNo, LocalDate paidOn, BigDecimal amount, Long recordedBy) {
		this.paymentNo = paymentNo;
		this.paidOn = paidOn;
		this.amount = amount;
		this.recordedBy = recordedBy;
	}

	public int getPaymentNo() {
		return this.paymentNo;
	}

	public LocalDate getPaidOn() {
		return this.paidOn;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public Long getRecordedBy() {
		return this.recordedBy;
	}

	@Override
	public String toString() {
		return this.paymentNo + ":" + this.paidOn + "=" + this.amount.toPlainString();
	}

}
