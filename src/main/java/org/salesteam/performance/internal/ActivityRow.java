package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.salesteam.visit.VisitCompleted;
import org.salesteam.worklog.ActivityLogged;

/**
 * What one visit or activity adds to its row of {@code kpi_activity_day} (keyed by
 * {@link ActivityRollup.Key}). A completed visit counts one visit (and one prospect visit
 * when the customer was a prospect then) with its expenses and, when it has a measured
 * duration (actual start and end), one timed visit with its minutes and presentation
 * minutes — the duration KPIs divide by timed visits, so a visit reported without times
 * is in neither their numerator nor their denominator; a logged activity counts one in
 * its kind's column (the amount for a collected receivable); the other kinds of activity
 * (quotes, demonstrations, advertising, training) add nothing.
 */
record ActivityRow(int visits, int prospectVisits, int timedVisits, int visitMinutes, int presentationMinutes,
		BigDecimal visitExpenses, int prospectCalls, int prospectLetters, int proposals, int complaintsResolved,
		int serviceVisits, BigDecimal collected) {

	static final ActivityRow NONE = new ActivityRow(0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, BigDecimal.ZERO);

	static ActivityRow of(VisitCompleted visit) {
		boolean timed = visit.minutes() != null;
		return new ActivityRow(1, visit.customerWasProspect() ? 1 : 0, timed ? 1 : 0, timed ? visit.minutes() : 0,
				timed ? visit.presentationMinutes() : 0,
				(visit.expensesTotal() != null) ? visit.expensesTotal() : BigDecimal.ZERO, 0, 0, 0, 0, 0,
				BigDecimal.ZERO);
	}

	static ActivityRow of(ActivityLogged activity) {
		return switch (activity.type()) {
			case PROSPECT_CALL -> new ActivityRow(0, 0, 0, 0, 0, BigDecimal.ZERO, 1, 0, 0, 0, 0, BigDecimal.ZERO);
			case PROSPECT_LETTER -> new ActivityRow(0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 1, 0, 0, 0, BigDecimal.ZERO);
			case PROPOSAL -> new ActivityRow(0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 1, 0, 0, BigDecimal.ZERO);
			case COMPLAINT_RESOLVED -> new ActivityRow(0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 1, 0, BigDecimal.ZERO);
			case SERVICE_VISIT -> new ActivityRow(0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 1, BigDecimal.ZERO);
			case RECEIVABLE_COLLECTED -> new ActivityRow(0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0,
					(activity.amount() != null) ? activity.amount() : BigDecimal.ZERO);
			default -> NONE;
		};
	}

	ActivityRow plus(ActivityRow other) {
		return new ActivityRow(this.visits + other.visits, this.prospectVisits + other.prospectVisits,
				this.timedVisits + other.timedVisits, this.visitMinutes + other.visitMinutes,
				this.presentationMinutes + other.presentationMinutes, this.visitExpenses.add(other.visitExpenses),
				this.prospectCalls + other.prospectCalls, this.prospectLetters + other.prospectLetters,
				this.proposals + other.proposals, this.complaintsResolved + other.complaintsResolved,
				this.serviceVisits + other.serviceVisits, this.collected.add(other.collected));
	}

	ActivityRow negate() {
		return new ActivityRow(-this.visits, -this.prospectVisits, -this.timedVisits, -this.visitMinutes,
				-this.presentationMinutes, this.visitExpenses.negate(), -this.prospectCalls, -this.prospectLetters,
				-this.proposals, -this.complaintsResolved, -this.serviceVisits, this.collected.negate());
	}

	boolean isEmpty() {
		return this.visits == 0 && this.prospectVisits == 0 && this.timedVisits == 0 && this.visitMinutes == 0
				&& this.presentationMinutes == 0 && this.visitExpenses.signum() == 0 && this.prospectCalls == 0
				&& this.prospectLetters == 0 && this.proposals == 0 && this.complaintsResolved == 0
				&& this.serviceVisits == 0 && this.collected.signum() == 0;
	}

	/** The row's values by column of {@code kpi_activity_day}. */
	Map<String, Object> columns() {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("visits", this.visits);
		columns.put("prospect_visits", this.prospectVisits);
		columns.put("timed_visits", this.timedVisits);
		columns.put("visit_minutes", this.visitMinutes);
		columns.put("presentation_minutes", this.presentationMinutes);
		columns.put("visit_expenses", this.visitExpenses);
		columns.put("prospect_calls", this.prospectCalls);
		columns.put("prospect_letters", this.prospectLetters);
		columns.put("proposals", this.proposals);
		columns.put("complaints_resolved", this.complaintsResolved);
		columns.put("service_visits", this.serviceVisits);
		columns.put("collected", this.collected);
		return columns;
	}

}
