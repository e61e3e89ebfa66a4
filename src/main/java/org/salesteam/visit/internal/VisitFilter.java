package org.salesteam.visit.internal;

import java.time.LocalDate;

import org.salesteam.visit.VisitStatus;

/**
 * What a visit list is narrowed to: the visit's day in {@code [from, to]}, newest first
 * unless {@code ascending}.
 *
 * @param q a substring of the customer's name or the objective
 */
public record VisitFilter(String q, VisitStatus status, Long repId, Long customerId, LocalDate from, LocalDate to,
		boolean ascending, int page, int size) {

	public VisitFilter {
		q = (q == null || q.isBlank()) ? null : q.trim();
		page = Math.max(0, page);
		size = (size <= 0) ? 25 : Math.min(size, 500);
	}

	public static VisitFilter ofRepBetween(long repId, LocalDate from, LocalDate to) {
		return new VisitFilter(null, null, repId, null, from, to, true, 0, 500);
	}

	public static VisitFilter ofCustomer(long customerId, int size) {
		return new VisitFilter(null, null, null, customerId, null, null, false, 0, size);
	}

}
