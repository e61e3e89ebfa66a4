package org.salesteam.visit.internal;

import java.time.LocalDate;

import org.salesteam.visit.VisitStatus;

/**
 * What a visit list is narrowed to: the visit's day in {@code [from, to]}, newest first
 * unless {@code ascending}; with {@code upcomingFrom} (a day, usually today) the visits
 * from that day on come first, soonest first, and the earlier ones after them, most
 * recent first.
 *
 * @param q a substring of the customer's name or the objective
 */
public record VisitFilter(String q, VisitStatus status, Long repId, Long customerId, LocalDate from, LocalDate to,
		boolean ascending, LocalDate upcomingFrom, int page, int size) {

	public VisitFilter {
		q = (q == null || q.isBlank()) ? null : q.trim();
		page = Math.max(0, page);
		size = (size <= 0) ? 25 : Math.min(size, 500);
	}

	public VisitFilter(String q, VisitStatus status, Long repId, Long customerId, LocalDate from, LocalDate to,
			boolean ascending, int page, int size) {
		this(q, status, repId, customerId, from, to, ascending, null, page, size);
	}

	/**
	 * The page's list: upcoming visits from {@code today}, soonest first, then the past.
	 */
	public static VisitFilter upcomingFirst(String q, VisitStatus status, Long repId, LocalDate from, LocalDate to,
			LocalDate today, int page, int size) {
		return new VisitFilter(q, status, repId, null, from, to, false, today, page, size);
	}

	public static VisitFilter ofRepBetween(long repId, LocalDate from, LocalDate to) {
		return new VisitFilter(null, null, repId, null, from, to, true, 0, 500);
	}

	public static VisitFilter ofCustomer(long customerId, int size) {
		return new VisitFilter(null, null, null, customerId, null, null, false, 0, size);
	}

}
