package org.salesteam.worklog;

/**
 * A rep deleted one of their other activities; {@code activity} is what was logged, so
 * listeners can take it out of their figures.
 */
public record ActivityDeleted(ActivityLogged activity) {
}
