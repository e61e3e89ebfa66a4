/**
 * Visits (chapters 1 and 2 of the handbook): visits with objective, result and next step;
 * the weekly visit schedule and its review by the manager; the activity standards with
 * their weekly and monthly compliance; the visit calendar and its private phone feed.
 * Every query applies the team module's record visibility by the rep who did the work.
 * Other modules use the visit events ({@link org.salesteam.visit.VisitPlanned},
 * {@link org.salesteam.visit.VisitCompleted}), the manager's alerts
 * {@link org.salesteam.visit.ActivityAlerts} and the rep's day
 * {@link org.salesteam.visit.TodaysVisits}. Depends on no other field-work module; the
 * worklog module depends on this one. See
 * {@code docs/adr/0020-activity-split-into-visit-and-worklog.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Visits")
package org.salesteam.visit;
