package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The receivable rules: an invoice is due its payment terms after the invoice date; an
 * open amount is overdue from the day after the due date.
 */
public final class Receivables {

	private Receivables() {
	}

	public static LocalDate dueDate(LocalDate invoicedOn, int paymentTermsDays) {
		return invoicedOn.plusDays(Math.max(0, paymentTermsDays));
	}

	/** Days past the due date while something is open; 0 when nothing is overdue. */
	public static long daysOverdue(LocalDate dueDate, BigDecimal open, LocalDate today) {
		if (dueDate == null || open == null || open.signum() <= 0 || !today.isAfter(dueDate)) {
			return 0;
		}
		return ChronoUnit.DAYS.between(dueDate, today);
	}

}
