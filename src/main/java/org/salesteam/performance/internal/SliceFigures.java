package org.salesteam.performance.internal;

import java.math.BigDecimal;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.SalesSlice;
import org.salesteam.sales.OrderStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sales of a {@link SalesSlice} of a scope, from the placed orders' lines. */
@Component
class SliceFigures {

	private final JdbcClient jdbc;

	SliceFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	BigDecimal sales(ScopeFilter scope, KpiPeriod period, SalesSlice slice) {
		StringBuilder where = new StringBuilder();
		if (slice.customerId() != null) {
			where.append(" and o.customer_id = :customer");
		}
		if (slice.segmentId() != null) {
			where.append(" and c.segment_id = :segment");
		}
		if (slice.productCategory() != null) {
			where.append(" and p.category = :category");
		}
		var statement = this.jdbc.sql("""
				select coalesce(sum(l.net_amount), 0)
				from sales_order o join order_line l on l.order_id = o.id join product p on p.id = l.product_id
				  join customer c on c.id = o.customer_id
				where o.order_date >= :from and o.order_date <= :to and o.status in (:placed) and %s%s
				""".formatted(scope.on("o.owner_id", "o.territory_id", "o.customer_id"), where))
			.params(scope.params())
			.param("from", period.from())
			.param("to", period.to())
			.param("placed", OrderStatus.PLACED);
		if (slice.customerId() != null) {
			statement = statement.param("customer", slice.customerId());
		}
		if (slice.segmentId() != null) {
			statement = statement.param("segment", slice.segmentId());
		}
		if (slice.productCategory() != null) {
			statement = statement.param("category", slice.productCategory());
		}
		return statement.query(BigDecimal.class).single();
	}

}
