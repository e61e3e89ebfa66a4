package org.salesteam.platform;

import java.util.List;

/**
 * SPI: what waits for a user's decision in one module — weekly schedules to review, goals
 * to approve, orders held for credit approval, and whatever later modules add. The home
 * page's inbox asks every bean of this type and lists the non-empty answers; a module
 * contributes by implementing it, so the module that shows the inbox depends on none of
 * them and none of them on it (ADR 0026).
 */
public interface PendingWork {

	/**
	 * One kind of work waiting for the user.
	 *
	 * @param messageKey the label's message key, with the count as its argument {0}
	 * @param count how many items wait (greater than 0)
	 * @param detail shown beside the label as it is (e.g. the week {@code 2026-W49}), or
	 * {@code null}
	 * @param link the list where the user takes them up, narrowed to exactly those items
	 * @param urgency lower first in the inbox (e.g. credit holds block an order: 10;
	 * approvals: 20; reviews: 30); {@link #FOR_INFORMATION} or more: nothing waits on it
	 */
	record Item(String messageKey, long count, String detail, String link, int urgency) {

		/** Whether nothing waits on it: shown apart from the to-dos and not counted. */
		public boolean forInformation() {
			return this.urgency >= FOR_INFORMATION;
		}

	}

	/**
	 * The urgency from which an item is news for the user (e.g. their recognitions), not
	 * work: the home page shows such items below the to-dos, without adding them to the
	 * count of what waits.
	 */
	int FOR_INFORMATION = 90;

	/**
	 * The work waiting for this user, empty when none (or when the user takes no part in
	 * the decision). Counted set-based: one query per call, not one per record.
	 */
	List<Item> pendingFor(UserPrincipal user);

}
