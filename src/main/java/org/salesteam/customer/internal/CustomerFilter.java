package org.salesteam.customer.internal;

import java.util.Map;

import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerStatus;

/**
 * What a customer list is narrowed to and how it is ordered. {@code sort} is one of
 * {@link #SORTABLE}'s keys; anything else sorts by name.
 *
 * @param q a substring of the name or a prefix of the code
 * @param ownerId only this owner's customers
 * @param pool only customers in the pool (for those who see everything)
 */
public record CustomerFilter(String q, CustomerStatus status, CustomerClass customerClass, Long territoryId,
		Long segmentId, Long ownerId, boolean pool, Boolean keyAccount, String sort, boolean descending, int page,
		int size) {

	/** The sortable columns: user input only ever selects one of these. */
	static final Map<String, String> SORTABLE = Map.of("name", "c.name", "code", "c.code", "potential", "c.potential",
			"class", "c.customer_class", "status", "c.status", "lastActivity", "c.last_activity_date", "owner",
			"u.display_name", "territory", "t.name", "created", "c.created_at");

	public static final int MAX_SIZE = 200;

	public CustomerFilter {
		q = (q == null || q.isBlank()) ? null : q.trim();
		sort = SORTABLE.containsKey(sort) ? sort : "name";
		page = Math.max(0, page);
		size = (size <= 0) ? 25 : Math.min(size, MAX_SIZE);
	}

	public static CustomerFilter firstPage() {
		return new CustomerFilter(null, null, null, null, null, null, false, null, "name", false, 0, 25);
	}

	String orderBy() {
		return SORTABLE.get(this.sort) + (this.descending ? " desc" : " asc") + ", c.id";
	}

	/** {@code %} and {@code _} typed by the user match themselves. */
	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
