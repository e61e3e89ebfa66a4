package org.salesteam.worklog;

import java.util.function.Consumer;

import org.salesteam.visit.VisitCompleted;

/**
 * The field work as the events that recorded it, for modules that rebuild their own
 * figures from scratch (the KPI rollups): every completed visit as its
 * {@link VisitCompleted}, every other activity as its {@link ActivityLogged} and every
 * logged day as its {@link TimeLogged}. Replaying them gives the same state as having
 * listened to every event. No visibility applies: the caller is a system task.
 */
public interface ActivityFacts {

	void completedVisits(Consumer<VisitCompleted> sink);

	void activities(Consumer<ActivityLogged> sink);

	void loggedDays(Consumer<TimeLogged> sink);

	/** Whether any visit was completed or any activity or time logged. */
	boolean any();

}
