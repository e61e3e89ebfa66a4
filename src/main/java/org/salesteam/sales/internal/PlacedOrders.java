package org.salesteam.sales.internal;

import org.salesteam.customer.Customers;
import org.salesteam.sales.OrderStatus;
import org.salesteam.sales.SalesOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the customer module about a placed order: the customer's first non-cancelled
 * order makes a prospect active; any later one counts as activity.
 */
@Component
class PlacedOrders {

	private final JdbcClient jdbc;

	private final Customers customers;

	PlacedOrders(JdbcClient jdbc, Customers customers) {
		this.jdbc = jdbc;
		this.customers = customers;
	}

	void recordOnCustomer(SalesOrder order) {
		long others = this.jdbc
			.sql("select count(*) from sales_order where customer_id = :customer and id <> :id and status in (:placed)")
			.param("customer", order.getCustomerId())
			.param("id", order.getId())
			.param("placed", OrderStatus.PLACED)
			.query(Long.class)
			.single();
		if (others == 0) {
			this.customers.recordFirstOrder(order.getCustomerId(), order.getOrderDate());
		}
		else {
			this.customers.recordActivity(order.getCustomerId(), order.getOrderDate());
		}
	}

}
