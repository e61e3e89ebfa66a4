package org.salesteam.visit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.salesteam.visit.VisitData;
import org.salesteam.visit.VisitReport;
import org.salesteam.visit.VisitType;

/** The API's request bodies for visits. */
final class VisitRequests {

	private VisitRequests() {
	}

	/**
	 * Planning (or replanning) a visit; the objective is required (checked by the visit).
	 * {@code contactIds}: the customer's contacts to meet (another customer's → 422).
	 */
	record Plan(Long customerId, VisitType type, LocalDateTime plannedAt,
			@Size(max = 500, message = "{visit.validation.tooLong}") String objective,
			@Size(max = 300, message = "{visit.validation.tooLong}") String contactsMet, Long opportunityId,
			Integer version, List<Long> contactIds) {

		VisitData toData() {
			return new VisitData(this.type, this.plannedAt, this.objective, this.contactsMet, this.opportunityId,
					this.contactIds);
		}

	}

	/** Moving a planned visit to another day and time. */
	record Replan(LocalDateTime plannedAt, Integer version) {
	}

	/** Reporting a visit as done. */
	record Complete(LocalDateTime actualStart, LocalDateTime actualEnd,
			@Min(value = 0, message = "{visit.validation.notNegative}") Integer presentationMinutes,
			@Size(max = 2000, message = "{visit.validation.tooLong}") String result,
			@Size(max = 500, message = "{visit.validation.tooLong}") String nextAction, LocalDate nextVisitDate,
			@Size(max = 300, message = "{visit.validation.tooLong}") String contactsMet, Long opportunityId,
			@Valid Expenses expenses, Integer version, List<Long> contactIds) {

		VisitReport toReport() {
			return new VisitReport(this.actualStart, this.actualEnd, this.presentationMinutes, this.result,
					this.nextAction, this.nextVisitDate, this.contactsMet, this.opportunityId,
					(this.expenses != null) ? this.expenses.toExpenses() : VisitReport.Expenses.none(),
					this.contactIds);
		}

	}

	/**
	 * 补录拜访: a visit to {@code customerId} that already happened, with its report;
	 * objective, result and the actual start and end (not later than now) are required.
	 */
	record Record(Long customerId, VisitType type,
			@Size(max = 500, message = "{visit.validation.tooLong}") String objective, LocalDateTime actualStart,
			LocalDateTime actualEnd,
			@Min(value = 0, message = "{visit.validation.notNegative}") Integer presentationMinutes,
			@Size(max = 2000, message = "{visit.validation.tooLong}") String result,
			@Size(max = 500, message = "{visit.validation.tooLong}") String nextAction, LocalDate nextVisitDate,
			@Size(max = 300, message = "{visit.validation.tooLong}") String contactsMet, Long opportunityId,
			@Valid Expenses expenses, List<Long> contactIds) {

		VisitData toData() {
			return new VisitData(this.type, this.actualStart, this.objective, this.contactsMet, this.opportunityId,
					this.contactIds);
		}

		VisitReport toReport() {
			return new VisitReport(this.actualStart, this.actualEnd, this.presentationMinutes, this.result,
					this.nextAction, this.nextVisitDate, this.contactsMet, this.opportunityId,
					(this.expenses != null) ? this.expenses.toExpenses() : VisitReport.Expenses.none(),
					this.contactIds);
		}

	}

	/** Expenses by kind, CNY. */
	record Expenses(
			@DecimalMin(value = "0", message = "{visit.validation.notNegative}") @Digits(integer = 15, fraction = 2,
					message = "{visit.validation.amount}") BigDecimal travel,
			@DecimalMin(value = "0", message = "{visit.validation.notNegative}") @Digits(integer = 15, fraction = 2,
					message = "{visit.validation.amount}") BigDecimal meals,
			@DecimalMin(value = "0", message = "{visit.validation.notNegative}") @Digits(integer = 15, fraction = 2,
					message = "{visit.validation.amount}") BigDecimal gifts,
			@DecimalMin(value = "0", message = "{visit.validation.notNegative}") @Digits(integer = 15, fraction = 2,
					message = "{visit.validation.amount}") BigDecimal other) {

		VisitReport.Expenses toExpenses() {
			return new VisitReport.Expenses(this.travel, this.meals, this.gifts, this.other);
		}

	}

	/** Calling a visit off. */
	record Cancel(@Size(max = 500, message = "{visit.validation.tooLong}") String reason) {
	}

}
