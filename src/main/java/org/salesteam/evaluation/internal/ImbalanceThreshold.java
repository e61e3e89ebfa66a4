package org.salesteam.evaluation.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/**
 * One threshold of the imbalance flags: {@code HIGH_PERCENTILE} (75),
 * {@code LOW_PERCENTILE} (25), {@code PROSPECT_SHARE_MAX} (0.10), {@code GOAL_BAND_LOW}
 * (0.90), {@code GOAL_BAND_HIGH} (1.05).
 */
@Entity
@Audited("imbalanceThreshold")
@Table(name = "imbalance_threshold")
public class ImbalanceThreshold extends AbstractAggregate {

	@Column(nullable = false, length = 40)
	private String name;

	@Column(nullable = false, precision = 12, scale = 4)
	private BigDecimal amount;

	protected ImbalanceThreshold() {
	}

	public String getName() {
		return this.name;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	void change(BigDecimal amount) {
		this.amount = amount;
	}

}
