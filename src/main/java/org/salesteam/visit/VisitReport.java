package org.salesteam.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a rep reports after a visit. A next visit date plans the follow-up visit, whose
 * objective is the next action (so the next action is then required). Contacts met
 * ({@code contactIds}, the customer's contacts) replace the planned ones when given; null
 * or empty keeps them, as blank free text keeps the planned {@code contactsMet}.
 */
public record VisitReport(LocalDateTime actualStart, LocalDateTime actualEnd, Integer presentationMinutes,
		String result, String nextAction, LocalDate nextVisitDate, String contactsMet, Long opportunityId,
		Expenses expenses, List<Long> contactIds) {

	/** Expenses of the visit in CNY; null amounts count as zero. */
	public record Expenses(BigDecimal travel, BigDecimal meals, BigDecimal gifts, BigDecimal other) {

		public static Expenses none() {
			return new Expenses(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
		}

	}

}
