package org.salesteam.visit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesteam.visit.VisitPlanStatus;

/**
 * A rep's weekly visit schedule (每周访问安排): the handbook's table of the week's visits,
 * visits needed (the standard) against done, the A/B/C mix of the week's customers,
 * follow-ups due or overdue and the rep's customers not visited for {@code idleDays}
 * (counted from their creation when never visited); {@code visitsPlanned} is the week's
 * visits other than cancelled ones, and {@code shortfallReason} the rep's reason for
 * submitting fewer than needed.
 */
public record WeekSchedule(long repId, String username, String repName, String isoWeek, LocalDate monday,
		LocalDate sunday, String previousWeek, String nextWeek, int visitsNeeded, int visitsDone,
		List<VisitList.Row> visits, Map<String, Integer> classMix, List<FollowUp> followUps, int idleDays,
		int notVisitedCount, List<Idle> notVisited, VisitPlanStatus status, String reviewComment, String reviewedByName,
		int visitsPlanned, String shortfallReason) {

	/** Fewer visits in the week (cancelled ones aside) than the standard asks for. */
	public boolean belowStandard() {
		return this.visitsPlanned < this.visitsNeeded;
	}

	/**
	 * A planned follow-up visit of the rep up to the week's end; overdue when its day has
	 * passed.
	 */
	public record FollowUp(long visitId, long customerId, String customerName, LocalDate date, String objective,
			boolean overdue) {
	}

	/**
	 * A customer of the rep without a completed visit since {@code lastVisit} (null:
	 * never).
	 */
	public record Idle(long customerId, String customerName, String customerClass, LocalDate lastVisit) {
	}

}
