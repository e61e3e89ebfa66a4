package org.salesteam.customer.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.BusinessRuleException;

/**
 * The administrator's rules of the module (one row): class thresholds of the annual
 * purchase potential, the most customers a rep may own through claims, and the idle days
 * after which a customer returns to the pool, with the days of warning before, and the
 * pattern of automatic customer codes ({@link CodePattern}; the counter it draws from is
 * {@link CustomerCodes}'s, not mapped here).
 */
@Entity
@Table(name = "customer_settings")
public class CustomerSettings extends AbstractAggregate {

	/** The values an administrator edits. */
	public record Values(BigDecimal classAMin, BigDecimal classBMin, int claimLimit, int poolIdleDays,
			int poolWarningDays, String codePattern) {
	}

	@Column(name = "class_a_min", nullable = false, precision = 15, scale = 2)
	private BigDecimal classAMin;

	@Column(name = "class_b_min", nullable = false, precision = 15, scale = 2)
	private BigDecimal classBMin;

	@Column(name = "claim_limit", nullable = false)
	private int claimLimit;

	@Column(name = "pool_idle_days", nullable = false)
	private int poolIdleDays;

	@Column(name = "pool_warning_days", nullable = false)
	private int poolWarningDays;

	@Column(name = "code_pattern", nullable = false, length = 40)
	private String codePattern;

	protected CustomerSettings() {
	}

	public void change(Values values) {
		if (values.classBMin().signum() <= 0) {
			throw BusinessRuleException.onField("classBMin", "customer.settings.error.positive");
		}
		if (values.classAMin().compareTo(values.classBMin()) <= 0) {
			throw BusinessRuleException.onField("classAMin", "customer.settings.error.aAboveB");
		}
		if (values.poolWarningDays() >= values.poolIdleDays()) {
			throw BusinessRuleException.onField("poolWarningDays", "customer.settings.error.warningBeforeReturn");
		}
		CodePattern pattern = CodePattern.of(values.codePattern());
		this.classAMin = values.classAMin();
		this.codePattern = pattern.text();
		this.classBMin = values.classBMin();
		this.claimLimit = values.claimLimit();
		this.poolIdleDays = values.poolIdleDays();
		this.poolWarningDays = values.poolWarningDays();
	}

	public ClassificationPolicy classification() {
		return new ClassificationPolicy(this.classAMin, this.classBMin);
	}

	public Values values() {
		return new Values(this.classAMin, this.classBMin, this.claimLimit, this.poolIdleDays, this.poolWarningDays,
				this.codePattern);
	}

	public int getClaimLimit() {
		return this.claimLimit;
	}

	public int getPoolIdleDays() {
		return this.poolIdleDays;
	}

	public int getPoolWarningDays() {
		return this.poolWarningDays;
	}

}
