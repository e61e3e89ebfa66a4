package org.salesteam.sales.internal;

import java.time.LocalDate;
import java.util.Map;

import org.salesteam.sales.OpportunityStage;

/**
 * What an opportunity list is narrowed to and how it is ordered.
 *
 * @param q a substring of the opportunity's or the customer's name
 * @param openOnly only opportunities not yet won or lost
 * @param from expected close date from (inclusive)
 * @param to expected close date to (inclusive)
 */
public record OpportunityFilter(String q, OpportunityStage stage, boolean openOnly, Long ownerId, Long customerId,
		LocalDate from, LocalDate to, String sort, boolean descending, int page, int size) {

	static final Map<String, String> SORTABLE = Map.of("close", "o.expected_close_date", "name", "o.name", "customer",
			"c.name", "amount", "o.amount", "stage", "o.stage", "owner", "u.display_name", "weighted",
			"o.amount * sp.probability", "created", "o.created_at");

	public OpportunityFilter {
		q = (q == null || q.isBlank()) ? null : q.trim();
		sort = SORTABLE.containsKey(sort) ? sort : "close";
		page = Math.max(0, page);
		size = (size <= 0) ? 25 : Math.min(size, 200);
	}

	public static OpportunityFilter ofCustomer(long customerId) {
		return new OpportunityFilter(null, null, false, null, customerId, null, null, "close", false, 0, 50);
	}

	String orderBy() {
		return SORTABLE.get(this.sort) + (this.descending ? " desc" : " asc") + ", o.id";
	}

}
