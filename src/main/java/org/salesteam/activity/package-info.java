/**
 * Field work (chapters 1 and 2 of the handbook): visits with objective, result and next
 * step; the weekly visit schedule and its review by the manager; activity standards;
 * other (non-selling) activities; time use; the manager's week. Every query applies the
 * team module's record visibility by the rep who did the work. Other modules use the
 * events this module publishes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity")
package org.salesteam.activity;
