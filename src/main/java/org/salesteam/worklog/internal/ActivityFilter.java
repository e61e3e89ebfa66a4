package org.salesteam.worklog.internal;

import java.time.LocalDate;

import org.salesteam.worklog.ActivityType;

/**
 * What an activity list is narrowed to: a date range (inclusive), a kind, a customer, a
 * rep; newest first, limit+1 paging.
 */
public record ActivityFilter(LocalDate from, LocalDate to, ActivityType type, Long customerId, Long ownerId, int page,
		int size) {

	public ActivityFilter {
		page = Math.max(0, page);
		size = (size <= 0) ? 25 : Math.min(size, 200);
	}

}
