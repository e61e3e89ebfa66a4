package org.salesteam.product.internal;

import java.util.Map;

/**
 * What the product list is narrowed to and how it is ordered; {@code sort} picks one of
 * {@link #SORTABLE}'s keys, anything else sorts by category.
 *
 * @param q a substring of the name or a prefix of the code
 * @param active only active (true) or inactive (false) products; null: both
 */
public record ProductFilter(String q, String category, Boolean active, String sort, boolean descending, int page,
		int size) {

	static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "category", "category, name",
			"listPrice", "list_price", "standardCost", "standard_cost");

	public ProductFilter {
		q = (q == null || q.isBlank()) ? null : q.trim();
		category = (category == null || category.isBlank()) ? null : category.trim();
		sort = SORTABLE.containsKey(sort) ? sort : "category";
		page = Math.max(0, page);
		size = (size <= 0) ? 50 : Math.min(size, 200);
	}

	String orderBy() {
		String direction = this.descending ? " desc" : " asc";
		return SORTABLE.get(this.sort).replace(",", direction + ",") + direction + ", id";
	}

}
