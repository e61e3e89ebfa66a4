package org.salesteam.worklog.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.salesteam.worklog.Activity;
import org.salesteam.worklog.ActivityType;

/** An other activity as the API answers it. */
record ActivityView(long id, long ownerId, LocalDate date, ActivityType type, Long customerId, int durationMinutes,
		BigDecimal amount, String outcome) {

	static ActivityView of(Activity activity) {
		return new ActivityView(activity.getId(), activity.getOwnerId(), activity.getDate(), activity.getType(),
				activity.getCustomerId(), activity.getDurationMinutes(), activity.getAmount(), activity.getOutcome());
	}

}
