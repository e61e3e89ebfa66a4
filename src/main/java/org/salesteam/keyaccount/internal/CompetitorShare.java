package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A competitor at a key account and its estimated share of the customer's spend in our
 * categories, in per cent with one decimal.
 */
@Embeddable
public class CompetitorShare {

	@Column(name = "name", nullable = false, length = 100)
	private String name;

	@Column(name = "share_pct", nullable = false, precision = 5, scale = 1)
	private BigDecimal share;

	protected CompetitorShare() {
	}

	CompetitorShare(String name, BigDecimal share) {
		this.name = name;
		this.share = share;
	}

	public String getName() {
		return this.name;
	}

	public BigDecimal getShare() {
		return this.share;
	}

	@Override
	public String toString() {
		return this.name + " " + this.share.toPlainString() + "%";
	}

}
