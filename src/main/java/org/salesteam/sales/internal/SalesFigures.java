package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.sales.CustomerSalesFigures;
import org.salesteam.sales.OpportunityStage;
import org.salesteam.sales.OrderStatus;
import org.salesteam.sales.Receivables;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link CustomerSalesFigures} from the order headers in one query. */
@Component
class SalesFigures implements CustomerSalesFigures {

	private record Sums(BigDecimal salesThisYear, BigDecimal salesLastYear, BigDecimal profitThisYear,
			BigDecimal openReceivables, BigDecimal overdueReceivables, int overdueOrders, LocalDate oldestDue) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SalesFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Figures of(long customerId) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate thisYear = today.withDayOfYear(1);
		Sums sums = this.jdbc
			.sql("""
					select
					  coalesce(sum(case when o.status in (:placed) and o.order_date >= :thisYear and o.order_date <= :today
					                    then o.net_amount else 0 end), 0) as sales_this_year,
					  coalesce(sum(case when o.status in (:placed) and o.order_date >= :lastYear and o.order_date < :thisYear
					                    then o.net_amount else 0 end), 0) as sales_last_year,
					  coalesce(sum(case when o.status in (:placed) and o.order_date >= :thisYear and o.order_date <= :today
					                    then o.net_amount - o.cost else 0 end), 0) as profit_this_year,
					  coalesce(sum(case when o.invoice_amount > o.paid_amount
					                    then o.invoice_amount - o.paid_amount else 0 end), 0) as open_receivables,
					  coalesce(sum(case when o.invoice_amount > o.paid_amount and o.due_date < :today
					                    then o.invoice_amount - o.paid_amount else 0 end), 0) as overdue_receivables,
					  sum(case when o.invoice_amount > o.paid_amount and o.due_date < :today then 1 else 0 end) as overdue_orders,
					  min(case when o.invoice_amount > o.paid_amount and o.due_date < :today then o.due_date end) as oldest_due
					from sales_order o
					where o.customer_id = :customer and o.status <> :cancelled
					""")
			.param("placed", OrderStatus.PLACED)
			.param("thisYear", thisYear)
			.param("lastYear", thisYear.minusYears(1))
			.param("today", today)
			.param("customer", customerId)
			.param("cancelled", OrderStatus.CANCELLED.name())
			.query((rs, row) -> new Sums(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getInt(6),
					(rs.getDate(7) != null) ? rs.getDate(7).toLocalDate() : null))
			.single();
		return new Figures(sums.salesThisYear(), sums.salesLastYear(), sums.profitThisYear(), sums.openReceivables(),
				sums.overdueReceivables(), sums.overdueOrders(),
				(int) Receivables.daysOverdue(sums.oldestDue(), sums.overdueReceivables(), today));
	}

	@Override
	public Map<Long, BigDecimal> salesBetween(Collection<Long> customerIds, LocalDate from, LocalDate to) {
		return sumBetween("o.net_amount", customerIds, from, to);
	}

	@Override
	public Map<Long, BigDecimal> profitBetween(Collection<Long> customerIds, LocalDate from, LocalDate to) {
		return sumBetween("o.net_amount - o.cost", customerIds, from, to);
	}

	/** The sum of an amount expression (a constant of this class) over placed orders. */
	private Map<Long, BigDecimal> sumBetween(String amount, Collection<Long> customerIds, LocalDate from,
			LocalDate to) {
		Map<Long, BigDecimal> sums = new HashMap<>();
		customerIds.forEach((id) -> sums.put(id, BigDecimal.ZERO));
		if (customerIds.isEmpty()) {
			return sums;
		}
		this.jdbc
			.sql("select o.customer_id, sum(" + amount + ") from sales_order o "
					+ "where o.customer_id in (:customers) and o.status in (:placed) "
					+ "and o.order_date >= :from and o.order_date <= :to group by o.customer_id")
			.param("customers", List.copyOf(customerIds))
			.param("placed", OrderStatus.PLACED)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> sums.put(rs.getLong(1), rs.getBigDecimal(2)))
			.list();
		return sums;
	}

	@Override
	public List<ProductSales> salesByProduct(Collection<Long> customerIds, LocalDate from, LocalDate to) {
		if (customerIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select o.customer_id, l.product_id, sum(l.net_amount) from sales_order o
				join order_line l on l.order_id = o.id
				where o.customer_id in (:customers) and o.status in (:placed)
				  and o.order_date >= :from and o.order_date <= :to
				group by o.customer_id, l.product_id
				""")
			.param("customers", List.copyOf(customerIds))
			.param("placed", OrderStatus.PLACED)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new ProductSales(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)))
			.list();
	}

	@Override
	public List<OpenProduct> openOpportunityProducts(Collection<Long> customerIds) {
		if (customerIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select distinct p.customer_id, l.product_id from opportunity p
				join opportunity_line l on l.opportunity_id = p.id
				where p.customer_id in (:customers) and p.stage in (:open)
				""")
			.param("customers", List.copyOf(customerIds))
			.param("open", java.util.Arrays.stream(OpportunityStage.open()).map(Enum::name).toList())
			.query((rs, row) -> new OpenProduct(rs.getLong(1), rs.getLong(2)))
			.list();
	}

}
