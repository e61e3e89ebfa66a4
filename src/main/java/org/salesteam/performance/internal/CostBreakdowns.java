package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.customer.CustomerClass;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.VisibleScope;
import org.salesteam.performance.KpiScope;
import org.salesteam.sales.OrderStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Visits, sales and sales expenses of a scope and period broken down by customer class
 * and by product category (docs/adr/0017-kpi-cost-breakdowns.md).
 * <ul>
 * <li>By class: completed visits and their expenses from {@code kpi_activity_day}, sales
 * from {@code kpi_sales_day}, each under the customer's current class (as the sales by
 * class chart); a row whose customer no longer exists falls under {@link #NO_CLASS}. The
 * classes add up to the scope's VISITS, SALES and sales expenses.</li>
 * <li>By category: sales from the order lines; the expenses of the visits to a customer
 * are shared over the categories of that customer's sales in the same scope and period in
 * proportion to those sales. Expenses of customers who bought nothing there cannot be
 * shared and are reported apart ({@link CategoryCosts#unattributed()}), so that the
 * categories and the rest add up to the scope's sales expenses (to the cent, up to the
 * rounding of each category to cents).</li>
 * </ul>
 * Ratios are null when their denominator is zero: sales per visit with two decimals, the
 * sales cost ratio with six (as the KPIs SALES_PER_VISIT and SALES_COST_RATIO).
 */
@Component
public class CostBreakdowns {

	/** The label of visits and sales whose customer has no class (no longer exists). */
	public static final String NO_CLASS = "NONE";

	/** One customer class: visits, sales and sales expenses. */
	public record ClassFigures(String customerClass, long visits, BigDecimal sales, BigDecimal expenses) {

		/** Sales ÷ visits, null without visits. */
		public BigDecimal salesPerVisit() {
			return (this.visits == 0) ? null
					: this.sales.divide(BigDecimal.valueOf(this.visits), 2, RoundingMode.HALF_UP);
		}

		/** Sales expenses ÷ sales, null without sales. */
		public BigDecimal salesCostRatio() {
			return costRatio(this.expenses, this.sales);
		}

		/** This class's share of {@code allVisits}, null when there are none. */
		public BigDecimal visitShare(long allVisits) {
			return (allVisits == 0) ? null
					: BigDecimal.valueOf(this.visits).divide(BigDecimal.valueOf(allVisits), 6, RoundingMode.HALF_UP);
		}

	}

	/** Every class A, B, C (always), then {@link #NO_CLASS} if any; and their sum. */
	public record ClassCosts(List<ClassFigures> classes, ClassFigures total) {
	}

	/** One product category: its sales and its share of the sales expenses. */
	public record CategoryFigures(String category, BigDecimal sales, BigDecimal expenses) {

		/** Sales expenses ÷ sales, null without sales. */
		public BigDecimal salesCostRatio() {
			return costRatio(this.expenses, this.sales);
		}

	}

	/**
	 * The categories sold, largest sales first; the expenses of visits to customers
	 * without sales in the scope and period; and all the sales expenses.
	 */
	public record CategoryCosts(List<CategoryFigures> categories, BigDecimal unattributed, BigDecimal expenses) {
	}

	private final JdbcClient jdbc;

	private final ScopeResolver scopes;

	CostBreakdowns(JdbcClient jdbc, ScopeResolver scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	public ClassCosts byCustomerClass(VisibleScope scope, KpiPeriod period) {
		ScopeFilter filter = this.scopes.resolve(scope);
		Map<String, long[]> visits = new HashMap<>();
		Map<String, BigDecimal> expenses = new HashMap<>();
		this.jdbc.sql("""
				select coalesce(c.customer_class, '%s'), sum(r.visits), sum(r.visit_expenses)
				from kpi_activity_day r left join customer c on c.id = r.customer_key
				where r.activity_day >= :from and r.activity_day <= :to
				  and (r.visits <> 0 or r.visit_expenses <> 0) and %s
				group by coalesce(c.customer_class, '%s')
				""".formatted(NO_CLASS, filter.on("r.rep_key", "r.territory_key", "r.customer_key"), NO_CLASS))
			.params(filter.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs) -> {
				visits.put(rs.getString(1), new long[] { rs.getLong(2) });
				expenses.put(rs.getString(1), rs.getBigDecimal(3));
			});
		Map<String, BigDecimal> sales = new HashMap<>();
		this.jdbc.sql("""
				select coalesce(c.customer_class, '%s'), sum(r.sales)
				from kpi_sales_day r left join customer c on c.id = r.customer_id
				where r.order_day >= :from and r.order_day <= :to and r.orders <> 0 and %s
				group by coalesce(c.customer_class, '%s')
				""".formatted(NO_CLASS, filter.on("r.owner_key", "r.territory_key", "r.customer_id"), NO_CLASS))
			.params(filter.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs) -> {
				sales.put(rs.getString(1), rs.getBigDecimal(2));
			});
		List<String> labels = new ArrayList<>();
		for (CustomerClass c : CustomerClass.values()) {
			labels.add(c.name());
		}
		if (visits.containsKey(NO_CLASS) || sales.containsKey(NO_CLASS)) {
			labels.add(NO_CLASS);
		}
		List<ClassFigures> classes = labels.stream()
			.map((label) -> new ClassFigures(label, visits.getOrDefault(label, new long[1])[0],
					sales.getOrDefault(label, BigDecimal.ZERO), expenses.getOrDefault(label, BigDecimal.ZERO)))
			.toList();
		ClassFigures total = new ClassFigures(null, classes.stream().mapToLong(ClassFigures::visits).sum(),
				sum(classes.stream().map(ClassFigures::sales).toList()),
				sum(classes.stream().map(ClassFigures::expenses).toList()));
		return new ClassCosts(classes, total);
	}

	public CategoryCosts byProductCategory(VisibleScope scope, KpiPeriod period) {
		ScopeFilter filter = this.scopes.resolve(scope);
		// customer → category → sales, categories in order of their total sales
		Map<Long, Map<String, BigDecimal>> bought = new HashMap<>();
		Map<String, BigDecimal> categorySales = new LinkedHashMap<>();
		this.jdbc.sql("""
				select o.customer_id, p.category, sum(l.net_amount)
				from sales_order o join order_line l on l.order_id = o.id join product p on p.id = l.product_id
				where o.order_date >= :from and o.order_date <= :to and o.status in (:placed) and %s
				group by o.customer_id, p.category
				""".formatted(filter.on("o.owner_id", "o.territory_id", "o.customer_id")))
			.params(filter.params())
			.param("from", period.from())
			.param("to", period.to())
			.param("placed", OrderStatus.PLACED)
			.query((rs) -> {
				bought.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
				categorySales.merge(rs.getString(2), rs.getBigDecimal(3), BigDecimal::add);
			});
		Map<Long, BigDecimal> visitExpenses = new HashMap<>();
		this.jdbc.sql("""
				select r.customer_key, sum(r.visit_expenses) from kpi_activity_day r
				where r.activity_day >= :from and r.activity_day <= :to and r.visit_expenses <> 0 and %s
				group by r.customer_key
				""".formatted(filter.on("r.rep_key", "r.territory_key", "r.customer_key")))
			.params(filter.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs) -> {
				visitExpenses.put(rs.getLong(1), rs.getBigDecimal(2));
			});
		Map<String, BigDecimal> shared = new HashMap<>();
		BigDecimal unattributed = BigDecimal.ZERO;
		for (Map.Entry<Long, BigDecimal> customer : visitExpenses.entrySet()) {
			Map<String, BigDecimal> categories = bought.getOrDefault(customer.getKey(), Map.of());
			BigDecimal customerSales = sum(List.copyOf(categories.values()));
			if (customerSales.signum() <= 0) {
				unattributed = unattributed.add(customer.getValue());
				continue;
			}
			categories.forEach((category, amount) -> shared.merge(category,
					customer.getValue().multiply(amount).divide(customerSales, 10, RoundingMode.HALF_UP),
					BigDecimal::add));
		}
		List<CategoryFigures> categories = categorySales.entrySet()
			.stream()
			.map((e) -> new CategoryFigures(e.getKey(), e.getValue(),
					shared.getOrDefault(e.getKey(), BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP)))
			.sorted((a, b) -> b.sales().compareTo(a.sales()))
			.toList();
		return new CategoryCosts(categories, unattributed, sum(List.copyOf(visitExpenses.values())));
	}

	private static BigDecimal costRatio(BigDecimal expenses, BigDecimal sales) {
		return (sales.signum() == 0) ? null : expenses.divide(sales, 6, RoundingMode.HALF_UP);
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
