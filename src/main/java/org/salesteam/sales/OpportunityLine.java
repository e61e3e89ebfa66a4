package org.salesteam.sales;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A product an opportunity is about, with the quantity and amount expected. */
@Embeddable
public class OpportunityLine {

	@Column(name = "line_no", nullable = false)
	private int lineNo;

	@Column(name = "product_id", nullable = false)
	private long productId;

	@Column(nullable = false, precision = 19, scale = 4)
	private BigDecimal quantity;

	@Column(nullable = false, precision = 19, scale = 2)
	private BigDecimal amount;

	protected OpportunityLine() {
	}

	public OpportunityLine(int lineNo, long productId, BigDecimal quantity, BigDecimal amount) {
		this.lineNo = lineNo;
		this.productId = productId;
		this.quantity = quantity;
		this.amount = amount;
	}

	public int getLineNo() {
		return this.lineNo;
	}

	public long getProductId() {
		return this.productId;
	}

	public BigDecimal getQuantity() {
		return this.quantity;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	@Override
	public String toString() {
		return this.lineNo + ":" + this.productId + "×" + this.quantity.stripTrailingZeros().toPlainString() + "="
				+ this.amount.toPlainString();
	}

}
