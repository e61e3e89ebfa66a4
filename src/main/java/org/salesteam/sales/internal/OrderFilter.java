package org.salesteam.sales.internal;

import java.time.LocalDate;
import java.util.Map;

import org.salesteam.sales.OrderStatus;

/**
 * What an order list is narrowed to and how it is ordered. {@code sort} is one of
 * {@link #SORTABLE}'s keys; anything else sorts by date, newest first.
 *
 * @param q a prefix of the order number or a substring of the customer's name
 * @param from order date from (inclusive)
 * @param to order date to (inclusive)
 * @param overdue only orders with an overdue receivable
 */
public record OrderFilter(String q, OrderStatus status, LocalDate from, LocalDate to, Long ownerId, Long territoryId,
		Long customerId, boolean overdue, String sort, boolean descending, int page, int size) {

	static final Map<String, String> SORTABLE = Map.of("date", "o.order_date", "number", "o.order_number", "customer",
			"c.name", "amount", "o.net_amount", "profit", "o.net_amount - o.cost", "status", "o.status", "owner",
			"u.display_name", "due", "o.due_date", "open", "o.invoice_amount - o.paid_amount");

	public static final int MAX_SIZE = 200;

	public OrderFilter {
		q = (q == null || q.isBlank()) ? null : q.trim();
		if (!SORTABLE.containsKey(sort)) {
			sort = "date";
			descending = true;
		}
		page = Math.max(0, page);
		size = (size <= 0) ? 25 : Math.min(size, MAX_SIZE);
	}

	public static OrderFilter ofCustomer(long customerId, int size) {
		return new OrderFilter(null, null, null, null, null, null, customerId, false, "date", true, 0, size);
	}

	String orderBy() {
		return SORTABLE.get(this.sort) + (this.descending ? " desc" : " asc") + ", o.id"
				+ (this.descending ? " desc" : "");
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
