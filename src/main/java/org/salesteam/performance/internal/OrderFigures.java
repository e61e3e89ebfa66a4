package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The order figures of a scope and period, read from {@code kpi_sales_day}. */
@Component
class OrderFigures {

	/**
	 * Sums of the period: placed orders' sales and profit, placed and cancelled orders.
	 */
	record Totals(BigDecimal sales, BigDecimal profit, long orders, long cancelled) {
	}

	private final JdbcClient jdbc;

	OrderFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Totals totals(ScopeFilter scope, KpiPeriod period) {
		return this.jdbc.sql("""
				select coalesce(sum(r.sales), 0), coalesce(sum(r.profit), 0), coalesce(sum(r.orders), 0),
				       coalesce(sum(r.cancelled), 0)
				from kpi_sales_day r
				where r.order_day >= :from and r.order_day <= :to and %s
				""".formatted(scope.on("r.owner_key", "r.territory_key", "r.customer_id")))
			.params(scope.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, row) -> new Totals(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/**
	 * The active customers of the period (at least one placed order in the scope) with
	 * their sales, largest first.
	 */
	Map<Long, BigDecimal> customerSales(ScopeFilter scope, KpiPeriod period) {
		Map<Long, BigDecimal> sales = new LinkedHashMap<>();
		this.jdbc.sql("""
				select r.customer_id, sum(r.sales) as sales
				from kpi_sales_day r
				where r.order_day >= :from and r.order_day <= :to and %s
				group by r.customer_id
				having sum(r.orders) > 0
				order by sales desc, r.customer_id
				""".formatted(scope.on("r.owner_key", "r.territory_key", "r.customer_id")))
			.params(scope.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs) -> {
				sales.put(rs.getLong(1), rs.getBigDecimal(2));
			});
		return sales;
	}

	/**
	 * Customers whose first placed order in the scope, ever, falls in the period (read
	 * from {@code kpi_customer_first}: the scope's earliest first day of the customer).
	 */
	long newCustomers(ScopeFilter scope, KpiPeriod period) {
		return newCustomerIds(scope, period).size();
	}

	List<Long> newCustomerIds(ScopeFilter scope, KpiPeriod period) {
		return this.jdbc.sql("""
				select f.customer_id
				from kpi_customer_first f
				where f.first_day <= :to and %s
				group by f.customer_id
				having min(f.first_day) >= :from
				order by f.customer_id
				""".formatted(scope.on("f.owner_key", "f.territory_key", "f.customer_id")))
			.params(scope.params())
			.param("from", period.from())
			.param("to", period.to())
			.query(Long.class)
			.list();
	}

}
