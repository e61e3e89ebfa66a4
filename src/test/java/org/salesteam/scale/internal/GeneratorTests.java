package org.salesteam.scale.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale generator at its test size XS, on an empty database (no demo data; only the
 * first-start admin): the same seed gives the same data, the counts are those of the
 * scale, what the application derives (first orders, order totals, the id sequence) is
 * consistent, and KPIs over the generated data equal plain SQL over the raw orders.
 */
@IntegrationTest
@TestPropertySource(properties = { "salesteam.test.context=scale", "salesteam.demo.enabled=false" })
@DirtiesContext
class GeneratorTests {

	private static final KpiViewer SYSTEM = KpiViewer.system("test");

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

	private static final KpiPeriod YEAR = new KpiPeriod(LocalDate.of(2025, 7, 1), TODAY);

	@Autowired
	private Generator generator;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Kpis kpis;

	@Test
	void fillsAnEmptyDatabaseDeterministicallyAndConsistently() {
		Generator.Report report = this.generator.generate(Scale.XS, 42, TODAY);
		String first = fingerprint();

		assertThat(count("select count(*) from customer")).isEqualTo(300);
		assertThat(count("select count(*) from app_user_role where role = 'REP'")).isEqualTo(6);
		assertThat(count("select count(*) from app_user_role where role = 'MANAGER'")).isEqualTo(2);
		assertThat(count("select count(*) from sales_team")).isEqualTo(2);
		long lines = count("select count(*) from order_line");
		assertThat(lines).isBetween(4_800L, 7_200L).isEqualTo(report.rows().get("order_line"));
		assertThat(count("select count(*) from visit")).isBetween(1_200L, 1_800L);
		long orders = count("select count(*) from sales_order");
		long cancelled = count("select count(*) from sales_order where status = 'CANCELLED'");
		assertThat(cancelled * 100 / orders).isBetween(1L, 6L);
		assertThat(this.jdbc.queryForList("select distinct customer_class from customer order by customer_class",
				String.class))
			.containsExactly("A", "B", "C");
		// classes follow the potential (settings: A ≥ 1,000,000, B ≥ 200,000)
		assertThat(count("""
				select count(*) from customer where (customer_class = 'A' and potential < 1000000)
				  or (customer_class = 'B' and (potential < 200000 or potential >= 1000000))
				  or (customer_class = 'C' and potential >= 200000)""")).isZero();
		// the largest tenth of the buying customers carries far more than a tenth of the
		// sales
		List<BigDecimal> sales = this.jdbc.queryForList("""
				select sum(net_amount) from sales_order where status <> 'CANCELLED'
				group by customer_id order by sum(net_amount) desc""", BigDecimal.class);
		BigDecimal top = sales.subList(0, sales.size() / 10).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal all = sales.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(top.multiply(BigDecimal.valueOf(100)).divide(all, 0, java.math.RoundingMode.DOWN))
			.isGreaterThan(BigDecimal.valueOf(35));

		// consistency of what the application derives
		assertThat(count("""
				select count(*) from customer c where c.first_order_date is distinct from
				  (select min(o.order_date) from sales_order o where o.customer_id = c.id and o.status <> 'CANCELLED')
				""")).isZero();
		assertThat(count("select count(*) from customer where first_order_date is null and status <> 'PROSPECT'"))
			.isZero();
		assertThat(count("""
				select count(*) from sales_order o where o.net_amount <>
				  (select sum(l.net_amount) from order_line l where l.order_id = o.id)""")).isZero();
		long maxId = count("""
				select max(id) from (select max(id) as id from customer union all select max(id) from sales_order
				  union all select max(id) from visit union all select max(id) from time_entry
				  union all select max(id) from activity_log union all select max(id) from opportunity) ids""");
		assertThat(count("select nextval('app_seq')") - 49).isGreaterThan(maxId);

		// KPIs read the rebuilt rollups: equal to plain SQL over the orders
		assertThat(count("select count(*) from kpi_sales_day")).isEqualTo(report.rows().get("kpi_sales_day"))
			.isPositive();
		long rep1 = count("select id from app_user where username = 'rep1'");
		assertKpi(KpiScope.company(), "1 = 1");
		assertKpi(KpiScope.rep("rep1"), "owner_id = " + rep1);

		// determinism: the same seed again on an emptied database; another seed differs
		wipe();
		this.generator.generate(Scale.XS, 42, TODAY);
		assertThat(fingerprint()).isEqualTo(first);
		wipe();
		this.generator.generate(Scale.XS, 43, TODAY);
		assertThat(fingerprint()).isNotEqualTo(first);
	}

	private void assertKpi(KpiScope scope, String condition) {
		Map<String, Object> sql = this.jdbc.queryForMap("""
				select coalesce(sum(net_amount), 0) as sales, coalesce(sum(net_amount - cost), 0) as profit,
				       count(*) as orders
				from sales_order where status in ('CONFIRMED', 'DELIVERED') and order_date between ? and ? and """ + " "
				+ condition, YEAR.from(), YEAR.to());
		assertThat(this.kpis.compute(SYSTEM, scope, YEAR, Kpis.Codes.SALES).value())
			.isEqualByComparingTo((BigDecimal) sql.get("sales"))
			.isPositive();
		assertThat(this.kpis.compute(SYSTEM, scope, YEAR, Kpis.Codes.PROFIT).value())
			.isEqualByComparingTo((BigDecimal) sql.get("profit"));
		assertThat(this.kpis.compute(SYSTEM, scope, YEAR, Kpis.Codes.ORDERS).value())
			.isEqualByComparingTo(BigDecimal.valueOf(((Number) sql.get("orders")).longValue()));
	}

	/**
	 * Everything generated, without the ids (they depend on where the sequence stands).
	 */
	private String fingerprint() {
		return String
			.join("|",
					this.jdbc.queryForList(
							"select code || name || status || customer_class || potential || "
									+ "coalesce(cast(first_order_date as varchar), '-') from customer order by code",
							String.class))
			.hashCode()
				+ " "
				+ this.jdbc.queryForMap(
						"select count(*), sum(net_amount), sum(cost), max(order_number), sum(paid_amount) from sales_order")
				+ this.jdbc.queryForMap("select count(*), sum(quantity), sum(discount) from order_line")
				+ this.jdbc.queryForMap(
						"select count(*), sum(expense_travel + expense_meals + expense_gifts), min(visit_date) from visit")
				+ this.jdbc.queryForMap("select count(*), sum(duration_minutes) from activity_log")
				+ this.jdbc.queryForMap("select count(*), sum(minutes) from time_entry_minutes")
				+ this.jdbc.queryForMap("select count(*), sum(amount) from opportunity")
				+ this.jdbc.queryForList("select display_name from app_user order by username", String.class);
	}

	private void wipe() {
		for (String table : List.of("kpi_sales_day", "time_entry_minutes", "time_entry", "activity_log", "visit",
				"opportunity_stage_change", "opportunity_line", "opportunity", "payment", "order_line", "sales_order",
				"contact", "customer_class_change", "customer", "product", "app_user_territory")) {
			this.jdbc.update("delete from " + table);
		}
		this.jdbc
			.update("delete from app_user_role where user_id in (select id from app_user where username <> 'admin')");
		this.jdbc.update("update app_user set team_id = null");
		this.jdbc.update("delete from sales_team");
		this.jdbc.update("delete from app_user where username <> 'admin'");
		this.jdbc.update("delete from territory where parent_id is not null");
		this.jdbc.update("delete from territory");
		this.jdbc.update("delete from market_segment");
	}

	private long count(String sql) {
		Long value = this.jdbc.queryForObject(sql, Long.class);
		return (value != null) ? value : 0;
	}

}
