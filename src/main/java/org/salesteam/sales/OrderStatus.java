package org.salesteam.sales;

import java.util.List;

/**
 * The state of an order. Only {@link #CONFIRMED} and {@link #DELIVERED} orders are sales:
 * a {@link #CREDIT_HOLD} order waits for a manager's credit approval and has not been
 * placed yet, a {@link #CANCELLED} one no longer counts.
 */
public enum OrderStatus {

	/** 待信用审批: over the credit limit, waiting for a manager's approval. */
	CREDIT_HOLD,
	/** 已确认. */
	CONFIRMED,
	/** 已交货. */
	DELIVERED,
	/** 已取消, with date and reason. */
	CANCELLED;

	/** The statuses whose orders count as sales, as SQL literals' values. */
	public static final List<String> PLACED = List.of(CONFIRMED.name(), DELIVERED.name());

	public boolean isPlaced() {
		return this == CONFIRMED || this == DELIVERED;
	}

	public String messageKey() {
		return "sales.order.status." + name();
	}

}
