package org.salesteam.coaching.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code MEETING_ACTION_CLOSURE} = actions closed by their due date ÷ actions due (pure;
 * ADR 0038). An action is due in a period when its due day lies in the period and has
 * passed ({@code due < today}) or the action is already closed — an action closed early
 * counts as due, so the share stays in 0–1 and early work is not lost; an action due
 * today and still open is not yet late.
 */
final class MeetingClosure {

	/** An action's due day and the day it was closed ({@code null}: open). */
	record Dates(LocalDate dueOn, LocalDate closedOn) {
	}

	private MeetingClosure() {
	}

	static boolean closedInTime(LocalDate dueOn, LocalDate closedOn) {
		return closedOn != null && !closedOn.isAfter(dueOn);
	}

	/** {closed by the due day, due} of the actions for the period, on {@code today}. */
	static long[] count(List<Dates> actions, LocalDate from, LocalDate to, LocalDate today) {
		long due = 0;
		long closed = 0;
		for (Dates action : actions) {
			boolean inPeriod = !action.dueOn().isBefore(from) && !action.dueOn().isAfter(to);
			boolean closedBy = action.closedOn() != null && !action.closedOn().isAfter(today);
			if (inPeriod && (action.dueOn().isBefore(today) || closedBy)) {
				due++;
				if (closedBy && closedInTime(action.dueOn(), action.closedOn())) {
					closed++;
				}
			}
		}
		return new long[] { closed, due };
	}

}
