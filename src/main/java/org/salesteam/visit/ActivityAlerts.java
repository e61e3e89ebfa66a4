package org.salesteam.visit;

import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.UserPrincipal;

/**
 * The activity module's alerts for other modules' pages (the manager's home): reps who
 * fell behind their activity standard in the last full week, and a rep's customers not
 * visited for a while.
 */
public interface ActivityAlerts {

	/**
	 * A rep behind their standard.
	 *
	 * @param rating {@code AMBER} (at least 75 % of every minimum) or {@code RED}
	 */
	record RepBehind(long repId, String username, String repName, String isoWeek, String rating, int visitsDone,
			int visitsNeeded, List<Shortfall> shortfalls) {
	}

	/**
	 * A measure of the standard below its minimum in a period: {@code VISITS},
	 * {@code PROSPECTS}, {@code CONVERSIONS}, {@code PROPOSALS} — the reason a cell is
	 * not green, written on it.
	 */
	record Shortfall(String measure, int actual, int minimum) {
	}

	/**
	 * Reps the user reviews (a manager's teams; every team for a director) who fell
	 * behind.
	 */
	List<RepBehind> behind(UserPrincipal user);

	/**
	 * Every rep the user reviews in the last full week against their standard, behind or
	 * not ({@code GREEN} when on standard); for a rep who reviews no one, the rep alone.
	 */
	List<RepBehind> lastWeek(UserPrincipal user);

	/**
	 * One of the user's customers without a completed visit for {@code idleDays} days.
	 */
	record NotVisited(long customerId, String customerName, String customerClass, LocalDate lastVisit) {
	}

	/**
	 * The user's own customers not visited for {@code idleDays} days (never visited
	 * first): how many, and the first few.
	 */
	record Idle(int idleDays, int total, List<NotVisited> first) {
	}

	Idle notVisited(UserPrincipal user, int limit);

}
