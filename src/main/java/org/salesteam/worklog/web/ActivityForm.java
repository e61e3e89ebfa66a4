package org.salesteam.worklog.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.worklog.Activity;
import org.salesteam.worklog.ActivityType;
import org.salesteam.worklog.internal.ActivityInput;

import org.springframework.format.annotation.DateTimeFormat;

/** The quick-add form of the activities page. */
class ActivityForm {

	@NotNull(message = "{worklog.validation.required}")
	private ActivityType type;

	@NotNull(message = "{worklog.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private Long customerId;

	@NotNull(message = "{worklog.validation.required}")
	@Min(value = 0, message = "{worklog.validation.notNegative}")
	@Max(value = Activity.MAX_MINUTES, message = "{worklog.validation.tooMany}")
	private Integer durationMinutes = 30;

	@DecimalMin(value = "0", message = "{worklog.validation.notNegative}")
	@Digits(integer = 17, fraction = 2, message = "{worklog.validation.amount}")
	private BigDecimal amount;

	@Size(max = 1000, message = "{worklog.validation.tooLong}")
	private String outcome;

	static ActivityForm blank(LocalDate today, Long customerId) {
		ActivityForm form = new ActivityForm();
		form.type = ActivityType.PROSPECT_CALL;
		form.date = today;
		form.customerId = customerId;
		return form;
	}

	ActivityInput toInput() {
		return new ActivityInput(this.type, this.date, this.customerId, this.durationMinutes,
				(this.type != null && this.type.hasAmount()) ? this.amount : null, this.outcome);
	}

	public ActivityType getType() {
		return this.type;
	}

	public void setType(ActivityType type) {
		this.type = type;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(Long customerId) {
		this.customerId = customerId;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

}
