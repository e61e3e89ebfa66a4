package org.salesteam.customer.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.salesteam.customer.internal.CustomerSettings;

/** The administrator's form of the customer rules. */
class SettingsForm {

	@NotNull(message = "{customer.validation.required}")
	@DecimalMin(value = "0", message = "{customer.validation.notNegative}")
	@Digits(integer = 13, fraction = 2, message = "{customer.validation.amount}")
	private BigDecimal classAMin;

	@NotNull(message = "{customer.validation.required}")
	@DecimalMin(value = "0", message = "{customer.validation.notNegative}")
	@Digits(integer = 13, fraction = 2, message = "{customer.validation.amount}")
	private BigDecimal classBMin;

	@Min(value = 1, message = "{customer.validation.range}")
	@Max(value = 10000, message = "{customer.validation.range}")
	private int claimLimit;

	@Min(value = 1, message = "{customer.validation.range}")
	@Max(value = 3650, message = "{customer.validation.range}")
	private int poolIdleDays;

	@Min(value = 0, message = "{customer.validation.range}")
	@Max(value = 365, message = "{customer.validation.range}")
	private int poolWarningDays;

	@jakarta.validation.constraints.NotBlank(message = "{customer.validation.required}")
	@jakarta.validation.constraints.Size(max = 40, message = "{customer.validation.max.codePattern}")
	private String codePattern = "KH-{yyyy}-{seq:5}";

	private int version;

	static SettingsForm from(CustomerSettings settings) {
		SettingsForm form = new SettingsForm();
		CustomerSettings.Values values = settings.values();
		form.classAMin = values.classAMin();
		form.classBMin = values.classBMin();
		form.claimLimit = values.claimLimit();
		form.poolIdleDays = values.poolIdleDays();
		form.poolWarningDays = values.poolWarningDays();
		form.codePattern = values.codePattern();
		form.version = settings.getVersion();
		return form;
	}

	CustomerSettings.Values toValues() {
		return new CustomerSettings.Values(this.classAMin, this.classBMin, this.claimLimit, this.poolIdleDays,
				this.poolWarningDays, this.codePattern);
	}

	public BigDecimal getClassAMin() {
		return this.classAMin;
	}

	public void setClassAMin(BigDecimal classAMin) {
		this.classAMin = classAMin;
	}

	public BigDecimal getClassBMin() {
		return this.classBMin;
	}

	public void setClassBMin(BigDecimal classBMin) {
		this.classBMin = classBMin;
	}

	public int getClaimLimit() {
		return this.claimLimit;
	}

	public void setClaimLimit(int claimLimit) {
		this.claimLimit = claimLimit;
	}

	public int getPoolIdleDays() {
		return this.poolIdleDays;
	}

	public void setPoolIdleDays(int poolIdleDays) {
		this.poolIdleDays = poolIdleDays;
	}

	public int getPoolWarningDays() {
		return this.poolWarningDays;
	}

	public void setPoolWarningDays(int poolWarningDays) {
		this.poolWarningDays = poolWarningDays;
	}

	public String getCodePattern() {
		return this.codePattern;
	}

	public void setCodePattern(String codePattern) {
		this.codePattern = codePattern;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
