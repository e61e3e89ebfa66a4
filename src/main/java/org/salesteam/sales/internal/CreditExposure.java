package org.salesteam.sales.internal;

import java.math.BigDecimal;

import org.salesteam.sales.OrderStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures of a customer's credit exposure, from the order headers. */
@Component
class CreditExposure {

	/** What the customer owes and has on order, before a new order. */
	record Exposure(BigDecimal openReceivables, BigDecimal uninvoiced) {
	}

	private final JdbcClient jdbc;

	CreditExposure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Exposure of(long customerId) {
		return this.jdbc.sql("""
				select coalesce(sum(case when invoiced_on is not null and invoice_amount > paid_amount
				                         then invoice_amount - paid_amount else 0 end), 0) as open_receivables,
				       coalesce(sum(case when invoiced_on is null and status in (:placed)
				                         then net_amount else 0 end), 0) as uninvoiced
				from sales_order
				where customer_id = :customer and status <> :cancelled
				""")
			.param("customer", customerId)
			.param("placed", OrderStatus.PLACED)
			.param("cancelled", OrderStatus.CANCELLED.name())
			.query(Exposure.class)
			.single();
	}

}
