package org.salesteam.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * SPI for the customer 360 timeline: each module that records something in a customer's
 * life (orders, opportunities, visits, activities…) contributes its own entries, and the
 * customer module merges them newest first. Callers have already checked that the user
 * may see the customer; contributors apply no further visibility.
 */
public interface CustomerTimeline {

	/**
	 * The contributor's entries for the customer, newest first, at most {@code limit}.
	 */
	List<Entry> entries(long customerId, int limit);

	/**
	 * One line of the timeline.
	 *
	 * @param on the day it happened
	 * @param kind a short stable key used for the icon and filtering, e.g. {@code order},
	 * {@code visit}
	 * @param messageKey the i18n key of the line's text
	 * @param args the message arguments (already formatted strings or numbers)
	 * @param link the page the line opens, relative to the context root, or {@code null}
	 */
	record Entry(LocalDate on, String kind, String messageKey, List<Object> args, String link) {

		public Entry {
			args = List.copyOf(args);
		}

	}

}
