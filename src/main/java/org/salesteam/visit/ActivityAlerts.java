package org.salesteam.visit;

import java.util.List;

import org.salesteam.platform.UserPrincipal;

/**
 * The activity module's alerts for other modules' pages (the manager's home): reps who
 * fell behind their activity standard in the last full week.
 */
public interface ActivityAlerts {

	/**
	 * A rep behind their standard.
	 *
	 * @param rating {@code AMBER} (at least 75 % of every minimum) or {@code RED}
	 */
	record RepBehind(long repId, String username, String repName, String isoWeek, String rating, int visitsDone,
			int visitsNeeded) {
	}

	/**
	 * Reps the user reviews (a manager's teams; every team for a director) who fell
	 * behind.
	 */
	List<RepBehind> behind(UserPrincipal user);

}
