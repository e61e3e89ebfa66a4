package org.salesteam.visit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.salesteam.platform.UserPrincipal;

/**
 * The activity module's "today" for other modules' pages (the rep's home): the user's own
 * visits of the business day and the follow-ups (visits planned from a report's next
 * visit date) due today or overdue and still open.
 */
public interface TodaysVisits {

	/**
	 * @param visits the user's visits today other than open follow-ups, by time
	 * @param followUps the user's open follow-ups due today or earlier, oldest first
	 */
	record Today(LocalDate date, List<Item> visits, List<Item> followUps) {

		public boolean isEmpty() {
			return this.visits.isEmpty() && this.followUps.isEmpty();
		}

	}

	/** One visit in the list; {@code overdue} when its day has passed. */
	record Item(long visitId, long customerId, String customerName, LocalDateTime plannedAt, LocalDate date,
			String objective, VisitStatus status, boolean overdue) {
	}

	Today of(UserPrincipal user);

	/**
	 * The user's own open follow-ups planned for {@code date} (e.g. tomorrow, for the
	 * morning digest), by time.
	 */
	List<Item> followUpsDueOn(UserPrincipal user, LocalDate date);

}
