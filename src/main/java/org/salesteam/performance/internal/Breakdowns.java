package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.VisibleScope;
import org.salesteam.performance.KpiScope;
import org.salesteam.sales.OpportunityStage;
import org.salesteam.sales.OrderStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures behind the dashboard's charts: sales and profit by month (rollup), by
 * customer class (rollup with the customer's current class), by product category (order
 * lines, which have no rollup yet) and the opportunity funnel (stage history).
 */
@Component
public class Breakdowns {

	/** Sales and profit of one label (a month, a class, a category). */
	public record Slice(String label, BigDecimal sales, BigDecimal profit) {

		/** Profit ÷ sales, null when nothing was sold. */
		public BigDecimal margin() {
			return (this.sales.signum() == 0) ? null : this.profit.divide(this.sales, 4, RoundingMode.HALF_UP);
		}

	}

	/**
	 * One rep's completed visits against their sales and profit in a scope and period.
	 */
	public record RepVisits(String rep, long visits, BigDecimal sales, BigDecimal profit) {
	}

	/** The open opportunities: their amount and number. */
	public record Pipeline(BigDecimal amount, long count) {
	}

	/** How many of the period's opportunities reached a stage. */
	public record Stage(OpportunityStage stage, long reached) {
	}

	private final JdbcClient jdbc;

	private final ScopeResolver scopes;

	private final OrderFigures orders;

	Breakdowns(JdbcClient jdbc, ScopeResolver scopes, OrderFigures orders) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.orders = orders;
	}

	/** The twelve months ending with the period's last month, oldest first. */
	public List<Slice> monthly(VisibleScope scope, LocalDate to) {
		ScopeFilter filter = this.scopes.resolve(scope);
		YearMonth last = YearMonth.from(to);
		YearMonth first = last.minusMonths(11);
		Map<YearMonth, Slice> months = new LinkedHashMap<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.put(month, new Slice(month.toString(), BigDecimal.ZERO, BigDecimal.ZERO));
		}
		this.jdbc.sql("""
				select extract(year from r.order_day) as y, extract(month from r.order_day) as m,
				       sum(r.sales), sum(r.profit)
				from kpi_sales_day r
				where r.order_day >= :from and r.order_day <= :to and %s
				group by extract(year from r.order_day), extract(month from r.order_day)
				""".formatted(filter.on("r.owner_key", "r.territory_key", "r.customer_id")))
			.params(filter.params())
			.param("from", first.atDay(1))
			.param("to", last.atEndOfMonth())
			.query((rs) -> {
				YearMonth month = YearMonth.of(rs.getInt(1), rs.getInt(2));
				months.put(month, new Slice(month.toString(), rs.getBigDecimal(3), rs.getBigDecimal(4)));
			});
		return new ArrayList<>(months.values());
	}

	/** Sales by active customer, largest first, with the customers' names. */
	public List<Slice> customers(VisibleScope scope, KpiPeriod period, int limit) {
		Map<Long, BigDecimal> sales = this.orders.customerSales(this.scopes.resolve(scope), period);
		List<Long> ids = sales.keySet().stream().limit(limit).toList();
		Map<Long, String> names = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select id, name from customer where id in (:ids)").param("ids", ids).query((rs) -> {
				names.put(rs.getLong(1), rs.getString(2));
			});
		}
		return ids.stream().map((id) -> new Slice(names.getOrDefault(id, "#" + id), sales.get(id), null)).toList();
	}

	/** Total sales of all active customers of the period. */
	public BigDecimal totalSales(VisibleScope scope, KpiPeriod period) {
		return this.orders.totals(this.scopes.resolve(scope), period).sales();
	}

	public List<Slice> byCustomerClass(VisibleScope scope, KpiPeriod period) {
		ScopeFilter filter = this.scopes.resolve(scope);
		return this.jdbc.sql("""
				select c.customer_class, sum(r.sales), sum(r.profit)
				from kpi_sales_day r join customer c on c.id = r.customer_id
				where r.order_day >= :from and r.order_day <= :to and %s
				group by c.customer_class order by c.customer_class
				""".formatted(filter.on("r.owner_key", "r.territory_key", "r.customer_id")))
			.params(filter.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, row) -> new Slice(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
			.list();
	}

	public List<Slice> byProductCategory(VisibleScope scope, KpiPeriod period) {
		ScopeFilter filter = this.scopes.resolve(scope);
		return this.jdbc.sql("""
				select p.category, sum(l.net_amount) as sales, sum(l.net_amount - l.cost)
				from sales_order o join order_line l on l.order_id = o.id join product p on p.id = l.product_id
				where o.order_date >= :from and o.order_date <= :to and o.status in (:placed) and %s
				group by p.category order by sales desc
				""".formatted(filter.on("o.owner_id", "o.territory_id", "o.customer_id")))
			.params(filter.params())
			.param("from", period.from())
			.param("to", period.to())
			.param("placed", OrderStatus.PLACED)
			.query((rs, row) -> new Slice(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
			.list();
	}

	/**
	 * Opportunities of the scope opened in the period and how many of them got at least
	 * as far as each stage (every one starts in NEEDS; a skipped stage counts as passed).
	 * The furthest stage of each comes from the stage history; LOST is not a step.
	 */
	public List<Stage> funnel(VisibleScope scope, KpiPeriod period, java.time.ZoneId zone) {
		ScopeFilter filter = this.scopes.resolve(scope);
		Map<Long, Integer> furthest = new LinkedHashMap<>();
		this.jdbc.sql("""
				select o.id, h.to_stage
				from opportunity o join customer c on c.id = o.customer_id
				  left join opportunity_stage_change h on h.opportunity_id = o.id
				where o.created_at >= :start and o.created_at < :end and %s
				""".formatted(filter.on("o.owner_id", "c.territory_id", "o.customer_id")))
			.params(filter.params())
			.param("start", period.from().atStartOfDay(zone).toOffsetDateTime())
			.param("end", period.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
			.query((rs) -> {
				String stage = rs.getString(2);
				int step = (stage == null || OpportunityStage.LOST.name().equals(stage)) ? 0
						: OpportunityStage.valueOf(stage).ordinal();
				furthest.merge(rs.getLong(1), step, Math::max);
			});
		List<OpportunityStage> steps = List.of(OpportunityStage.NEEDS, OpportunityStage.PROPOSAL,
				OpportunityStage.QUOTE, OpportunityStage.DEMO, OpportunityStage.WON);
		return steps.stream()
			.map((step) -> new Stage(step, furthest.values().stream().filter((f) -> f >= step.ordinal()).count()))
			.toList();
	}

	/**
	 * The pipeline now: the amount and number of the scope's open opportunities (any
	 * stage but won or lost), whatever their dates. The KPI catalogue has no pipeline
	 * figure; this reads the opportunities like the funnel, with the same scope filter.
	 */
	public Pipeline openPipeline(VisibleScope scope) {
		ScopeFilter filter = this.scopes.resolve(scope);
		return this.jdbc.sql("""
				select coalesce(sum(o.amount), 0), count(*)
				from opportunity o join customer c on c.id = o.customer_id
				where o.stage not in ('WON', 'LOST') and %s
				""".formatted(filter.on("o.owner_id", "c.territory_id", "o.customer_id")))
			.params(filter.params())
			.query((rs, row) -> new Pipeline(rs.getBigDecimal(1), rs.getLong(2)))
			.single();
	}

	/**
	 * Every rep with visits or sales in the scope and period (credited to them; in a
	 * territory, those of its customers and orders): visits, sales and profit, most
	 * visits first, at most {@code limit}.
	 */
	public List<RepVisits> visitsAgainstResults(VisibleScope scope, KpiPeriod period, int limit) {
		ScopeFilter filter = this.scopes.resolve(scope);
		Map<Long, long[]> visits = new LinkedHashMap<>();
		Map<Long, BigDecimal[]> results = new LinkedHashMap<>();
		this.jdbc.sql("""
				select r.rep_key, sum(r.visits) from kpi_activity_day r
				where r.activity_day >= :from and r.activity_day <= :to and r.visits <> 0 and %s
				group by r.rep_key
				""".formatted(filter.on("r.rep_key", "r.territory_key", "r.customer_key")))
			.params(filter.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs) -> {
				visits.put(rs.getLong(1), new long[] { rs.getLong(2) });
			});
		this.jdbc.sql("""
				select r.owner_key, sum(r.sales), sum(r.profit) from kpi_sales_day r
				where r.order_day >= :from and r.order_day <= :to and r.owner_key <> 0 and %s
				group by r.owner_key
				""".formatted(filter.on("r.owner_key", "r.territory_key", "r.customer_id")))
			.params(filter.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs) -> {
				results.put(rs.getLong(1), new BigDecimal[] { rs.getBigDecimal(2), rs.getBigDecimal(3) });
			});
		java.util.Set<Long> reps = new java.util.LinkedHashSet<>(visits.keySet());
		reps.addAll(results.keySet());
		Map<Long, String> names = new LinkedHashMap<>();
		if (!reps.isEmpty()) {
			this.jdbc.sql("select id, display_name from app_user where id in (:ids)")
				.param("ids", List.copyOf(reps))
				.query((rs) -> {
					names.put(rs.getLong(1), rs.getString(2));
				});
		}
		BigDecimal[] none = { BigDecimal.ZERO, BigDecimal.ZERO };
		return reps.stream()
			.map((id) -> new RepVisits(names.getOrDefault(id, "#" + id), visits.getOrDefault(id, new long[1])[0],
					results.getOrDefault(id, none)[0], results.getOrDefault(id, none)[1]))
			.sorted(java.util.Comparator.comparingLong(RepVisits::visits)
				.reversed()
				.thenComparing(RepVisits::sales, java.util.Comparator.reverseOrder()))
			.limit(limit)
			.toList();
	}

}
