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

/** An other activity as the API receives it; the rep is always the caller. */
record ActivityRequest(@NotNull(message = "{worklog.validation.required}") ActivityType type,
		@NotNull(message = "{worklog.validation.required}") LocalDate date, Long customerId,
		@Min(value = 0, message = "{worklog.validation.notNegative}") @Max(value = Activity.MAX_MINUTES,
				message = "{worklog.validation.tooMany}") Integer durationMinutes,
		@DecimalMin(value = "0", message = "{worklog.validation.notNegative}") @Digits(integer = 17, fraction = 2,
				message = "{worklog.validation.amount}") BigDecimal amount,
		@Size(max = 1000, message = "{worklog.validation.tooLong}") String outcome) {

	ActivityInput toInput() {
		return new ActivityInput(this.type, this.date, this.customerId, this.durationMinutes, this.amount,
				this.outcome);
	}

}
