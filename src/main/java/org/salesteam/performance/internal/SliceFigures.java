package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.SalesSlice;
import org.salesteam.sales.OrderStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sales, profit or the order count of a {@link SalesSlice} of a scope, from the placed
 * orders' lines.
 */
@Component
class SliceFigures {

	private static final Map<String, String> FIGURES = Map.of(Kpis.Codes.SALES, "coalesce(sum(l.net_amount), 0)",
			Kpis.Codes.PROFIT, "coalesce(sum(l.net_amount - l.cost), 0)", Kpis.Codes.ORDERS, "count(distinct o.id)");

	private final JdbcClient jdbc;

	SliceFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	BigDecimal sales(ScopeFilter scope, KpiPeriod period, SalesSlice slice) {
		return figure(scope, period, Kpis.Codes.SALES, slice);
	}

	BigDecimal figure(ScopeFilter scope, KpiPeriod period, String code, SalesSlice slice) {
		String figure = FIGURES.get(code);
		if (figure == null) {
			throw new IllegalArgumentException("no sliced figure for " + code);
		}
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new HashMap<>(scope.params());
		if (slice.customerId() != null) {
			where.append(" and o.customer_id = :customer");
			params.put("customer", slice.customerId());
		}
		if (slice.segmentId() != null) {
			where.append(" and c.segment_id = :segment");
			params.put("segment", slice.segmentId());
		}
		if (slice.productCategory() != null) {
			where.append(" and p.category = :category");
			params.put("category", slice.productCategory());
		}
		if (slice.customerClass() != null) {
			where.append(" and c.customer_class = :customerClass");
			params.put("customerClass", slice.customerClass());
		}
		if (slice.newCustomersOnly()) {
			where.append(" and c.first_order_date >= :from and c.first_order_date <= :to");
		}
		BigDecimal value = this.jdbc.sql("""
				select %s
				from sales_order o join order_line l on l.order_id = o.id join product p on p.id = l.product_id
				  join customer c on c.id = o.customer_id
				where o.order_date >= :from and o.order_date <= :to and o.status in (:placed) and %s%s
				""".formatted(figure, scope.on("o.owner_id", "o.territory_id", "o.customer_id"), where))
			.params(params)
			.param("from", period.from())
			.param("to", period.to())
			.param("placed", OrderStatus.PLACED)
			.query(BigDecimal.class)
			.single();
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
