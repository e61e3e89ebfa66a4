package org.salesteam.visit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.salesteam.visit.Visit;
import org.salesteam.visit.VisitStatus;
import org.salesteam.visit.VisitType;
import org.salesteam.visit.internal.VisitNames;

/** A visit as the API returns it and the detail page shows it. */
record VisitView(long id, int version, long repId, String repName, String repUsername, long customerId,
		String customerName, VisitType type, VisitStatus status, LocalDateTime plannedAt, LocalDate visitDate,
		String objective, String contactsMet, List<Long> contactIds, Long opportunityId, LocalDateTime actualStart,
		LocalDateTime actualEnd, Integer durationMinutes, Integer presentationMinutes, String result, String nextAction,
		LocalDate nextVisitDate, Long followUpId, Long previousVisitId, Expenses expenses, String cancelReason,
		boolean customerWasProspect) {

	/** Expenses by kind in CNY. */
	record Expenses(BigDecimal travel, BigDecimal meals, BigDecimal gifts, BigDecimal other, BigDecimal total) {
	}

	static VisitView of(Visit v, VisitNames names) {
		return new VisitView(v.getId(), v.getVersion(), v.getRepId(), names.rep(v.getRepId()),
				names.repUsername(v.getRepId()), v.getCustomerId(), names.customer(v.getCustomerId()), v.getType(),
				v.getStatus(), v.getPlannedAt(), v.getVisitDate(), v.getObjective(), v.getContactsMet(),
				v.getContactIds(), v.getOpportunityId(), v.getActualStart(), v.getActualEnd(), v.getDurationMinutes(),
				v.getPresentationMinutes(), v.getResult(), v.getNextAction(), v.getNextVisitDate(), v.getFollowUpId(),
				v.getPreviousVisitId(), new Expenses(v.getExpenseTravel(), v.getExpenseMeals(), v.getExpenseGifts(),
						v.getExpenseOther(), v.expensesTotal()),
				v.getCancelReason(), v.isCustomerWasProspect());
	}

}
