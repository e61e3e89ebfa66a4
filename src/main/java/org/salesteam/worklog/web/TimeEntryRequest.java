package org.salesteam.worklog.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.salesteam.worklog.TimeEntry;
import org.salesteam.worklog.TimeUseCategory;

/**
 * A day of time as the API receives it: minutes per category, the whole day (categories
 * left out count as zero). {@code username}, if given, must be the caller's own.
 */
record TimeEntryRequest(@NotNull(message = "{worklog.validation.required}") LocalDate date, String username,
		@NotNull(message = "{worklog.validation.required}") Map<TimeUseCategory, @NotNull(
				message = "{worklog.validation.required}") @Min(value = 0,
						message = "{worklog.validation.notNegative}") @Max(value = TimeEntry.MINUTES_PER_DAY,
								message = "{worklog.validation.tooMany}") Integer> minutes) {
}
