package org.salesteam.retention;

/**
 * Where a customer stands on its defection clock: {@code ACTIVE} while the days since the
 * last order are at most 1.5 × its typical interval, {@code OVERDUE} beyond that,
 * {@code DORMANT_SUGGESTED} beyond 3 × the interval or a year, {@code LOST} only when a
 * user confirmed it with a reason, {@code PROSPECT} without any order up to the as-of
 * date.
 */
public enum RetentionState {

	ACTIVE, OVERDUE, DORMANT_SUGGESTED, LOST, PROSPECT

}
