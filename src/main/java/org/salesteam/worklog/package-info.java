/**
 * Work log (chapter 2 of the handbook): other (non-selling) activities; time use; the
 * manager's week and the self-assessments. Every query applies the team module's record
 * visibility by the rep who did the work. Other modules use the events this module
 * publishes ({@link org.salesteam.worklog.ActivityLogged},
 * {@link org.salesteam.worklog.ActivityDeleted},
 * {@link org.salesteam.worklog.TimeLogged}) and
 * {@link org.salesteam.worklog.ActivityFacts}, the field work as events for rebuilding
 * rollups, which includes the visit module's completed visits: this module depends on the
 * visit module, never the other way round. See
 * {@code docs/adr/0020-activity-split-into-visit-and-worklog.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work log")
package org.salesteam.worklog;
