package org.salesteam.retention.internal;

import java.time.LocalDate;

/**
 * What a user types for one item of a service audit: the item's code, the customer's
 * importance, our performance and the best competitor's, each 1–5 (null: not scored yet),
 * a note, and optionally the action — its owner (a user name), due date and note, and
 * whether it is done (null: unchanged).
 */
public record ServiceAuditScore(String code, Integer importance, Integer ours, Integer competitor, String note,
		String actionOwner, LocalDate actionDueOn, String actionNote, Boolean actionDone) {
}
