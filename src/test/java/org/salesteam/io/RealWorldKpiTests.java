package org.salesteam.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.salesteam.io.OrderLineExport.Line;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.Kpis.Codes;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's real-data check: an order-line export imported through the order import, then
 * every KPI the data can support compared — numerator, denominator and value — with an
 * independent computation over the file's rows (plain collections, no SQL), for the
 * company and each territory (the file's Region), by year, quarter and month. The normal
 * suite runs it on {@link OrderLineExport#generated()} (regions SH, JS, ZJ, GD, years
 * 2014–2017, before any demo order); {@code -Dsuperstore.csv=<file>} runs it on the real
 * Superstore file, whose regions (Central, East, South, West) the import creates as
 * territories. It shares {@link RealWorldOrderImportTests}'s context and, like it,
 * removes what it imported.
 */
@IntegrationTest
@TestPropertySource(properties = { "salesteam.test.context=real-world-import", "salesteam.import.chunk-size=1000",
		"salesteam.import.max-file-size=10MB" })
class RealWorldKpiTests {

	private static final KpiViewer SYSTEM = KpiViewer.system("test");

	/**
	 * What the data can support: orders, amounts, costs and customers, no cancellations.
	 */
	private static final List<String> CODES = List.of(Codes.SALES, Codes.PROFIT, Codes.MARGIN_RATE, Codes.ORDERS,
			Codes.AVG_ORDER_VALUE, Codes.ORDER_CANCELLATION_RATE, Codes.ACTIVE_CUSTOMERS, Codes.NEW_CUSTOMERS,
			Codes.AVG_SALES_PER_CUSTOMER, Codes.RETENTION_RATE, Codes.CUSTOMER_LOSS_RATE, Codes.SALES_VS_PRIOR,
			Codes.TOP20_SHARE);

	/** Ratios in money are kept to cents, the others to six decimals (half up). */
	private static final Set<String> MONEY = Set.of(Codes.AVG_ORDER_VALUE, Codes.AVG_SALES_PER_CUSTOMER);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Kpis kpis;

	@Test
	void generatedExportMatchesAnIndependentComputation() throws Exception {
		int compared = check(OrderLineExport.generated());
		// 5 scopes × (4 years + 16 quarters + 48 months) × 13 KPIs
		assertThat(compared).isEqualTo(5 * 68 * CODES.size());
	}

	@Test
	@EnabledIfSystemProperty(named = "superstore.csv", matches = ".+")
	void superstoreMatchesAnIndependentComputation() throws Exception {
		int compared = check(OrderLineExport.superstore(Path.of(System.getProperty("superstore.csv"))));
		System.out.println("SUPERSTORE KPI CHECK: " + compared + " values compared");
		assertThat(compared).isGreaterThan(0);
	}

	private int check(List<Line> lines) throws Exception {
		ImportedLines.Codes codes = new ImportedLines.Codes(lines);
		ImportedLines.remove(this.mvc, this.jdbc, codes);
		try {
			return compare(lines);
		}
		finally {
			ImportedLines.remove(this.mvc, this.jdbc, codes);
		}
	}

	private int compare(List<Line> lines) throws Exception {
		Map<String, Order> orders = Order.of(lines);
		TreeSet<LocalDate> dates = new TreeSet<>(orders.values().stream().map(Order::date).toList());
		// the company's figures are the file's only if no other order falls in its years
		LocalDate first = dates.first().withDayOfYear(1).minusYears(1);
		LocalDate last = dates.last().withMonth(12).withDayOfMonth(31);
		assertThat(this.jdbc.sql("select count(*) from sales_order where order_date between :f and :l")
			.param("f", first)
			.param("l", last)
			.query(Long.class)
			.single()).as("orders already in the file's years").isZero();
		long started = System.nanoTime();
		String result = ImportApi.run(this.mvc, "admin", "orders", "lines.csv",
				ImportApi.csv(OrderLineExport.table(lines), StandardCharsets.UTF_8, true), "ALL_OR_NOTHING", 120);
		assertThat(ImportApi.number(result, "$.rowsImported")).as(result).isEqualTo(lines.size());

		System.out.printf("REAL-WORLD KPI: import %d ms%n", (System.nanoTime() - started) / 1_000_000);
		started = System.nanoTime();
		Map<KpiScope, Predicate<Order>> scopes = new LinkedHashMap<>();
		scopes.put(KpiScope.company(), (order) -> true);
		orders.values()
			.stream()
			.map(Order::region)
			.distinct()
			.sorted()
			.forEach((region) -> scopes.put(KpiScope.territory(region.toUpperCase()),
					(order) -> order.region().equals(region)));
		int compared = 0;
		for (Map.Entry<KpiScope, Predicate<Order>> scope : scopes.entrySet()) {
			Expectation expectation = new Expectation(orders.values().stream().filter(scope.getValue()).toList());
			for (KpiPeriod period : periods(dates.first().getYear(), dates.last().getYear())) {
				List<KpiValue> values = this.kpis.compute(SYSTEM, scope.getKey(), period, CODES);
				for (KpiValue value : values) {
					String where = scope.getKey() + " " + period.from() + "…" + period.to() + " " + value.code();
					KpiValue expected = expectation.value(value.code(), period);
					assertThat(value.numerator()).as(where + " numerator").isEqualByComparingTo(expected.numerator());
					if (expected.denominator() == null) {
						assertThat(value.denominator()).as(where + " denominator").isNull();
					}
					else {
						assertThat(value.denominator()).as(where + " denominator")
							.isEqualByComparingTo(expected.denominator());
					}
					if (expected.value() == null) {
						assertThat(value.value()).as(where + " undefined").isNull();
					}
					else {
						assertThat(value.value()).as(where).isEqualByComparingTo(expected.value());
					}
					compared++;
				}
			}
		}
		System.out.printf("REAL-WORLD KPI: %d values compared in %d ms%n", compared,
				(System.nanoTime() - started) / 1_000_000);
		return compared;
	}

	/** Each year, its quarters and its months, from the first year to the last. */
	private static List<KpiPeriod> periods(int firstYear, int lastYear) {
		List<KpiPeriod> periods = new ArrayList<>();
		for (int year = firstYear; year <= lastYear; year++) {
			periods.add(new KpiPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
			for (int quarter = 0; quarter < 4; quarter++) {
				YearMonth start = YearMonth.of(year, 1 + 3 * quarter);
				periods.add(new KpiPeriod(start.atDay(1), start.plusMonths(2).atEndOfMonth()));
			}
			for (int month = 1; month <= 12; month++) {
				YearMonth ym = YearMonth.of(year, month);
				periods.add(new KpiPeriod(ym.atDay(1), ym.atEndOfMonth()));
			}
		}
		return periods;
	}

	/**
	 * One order of the file as the import stores it: date, customer and region of its
	 * first row, net and cost the sums of its lines' rounded amounts.
	 */
	private record Order(LocalDate date, String customer, String region, BigDecimal net, BigDecimal cost) {

		static Map<String, Order> of(List<Line> lines) {
			Map<String, Order> orders = new LinkedHashMap<>();
			for (Line line : lines) {
				orders.merge(line.orderId(),
						new Order(line.orderDate(), line.customerId(), line.region(), line.net(), line.cost()),
						(a, b) -> new Order(a.date, a.customer, a.region, a.net.add(b.net), a.cost.add(b.cost)));
			}
			return orders;
		}

		BigDecimal profit() {
			return this.net.subtract(this.cost);
		}

	}

	/** The KPIs of one scope's orders, worked out from the written definitions. */
	private static final class Expectation {

		private final List<Order> orders;

		/** Each customer's first order date in this scope, ever. */
		private final Map<String, LocalDate> firstOrder = new HashMap<>();

		Expectation(List<Order> orders) {
			this.orders = orders;
			orders.forEach(
					(order) -> this.firstOrder.merge(order.customer(), order.date(), (a, b) -> a.isBefore(b) ? a : b));
		}

		KpiValue value(String code, KpiPeriod period) {
			List<Order> in = in(period);
			BigDecimal sales = sum(in, Order::net);
			BigDecimal profit = sum(in, Order::profit);
			Map<String, BigDecimal> byCustomer = salesByCustomer(in);
			BigDecimal active = count(byCustomer.size());
			Set<String> previous = salesByCustomer(in(period.previous())).keySet();
			Set<String> retained = new HashSet<>(previous);
			retained.retainAll(byCustomer.keySet());
			return switch (code) {
				case Codes.SALES -> amount(code, sales);
				case Codes.PROFIT -> amount(code, profit);
				case Codes.MARGIN_RATE -> ratio(code, profit, sales);
				case Codes.ORDERS -> amount(code, count(in.size()));
				case Codes.AVG_ORDER_VALUE -> ratio(code, sales, count(in.size()));
				case Codes.ORDER_CANCELLATION_RATE -> ratio(code, BigDecimal.ZERO, count(in.size()));
				case Codes.ACTIVE_CUSTOMERS -> amount(code, active);
				case Codes.NEW_CUSTOMERS -> amount(code,
						count(byCustomer.keySet()
							.stream()
							.filter((customer) -> period.contains(this.firstOrder.get(customer)))
							.count()));
				case Codes.AVG_SALES_PER_CUSTOMER -> ratio(code, sales, active);
				case Codes.RETENTION_RATE -> ratio(code, count(retained.size()), count(previous.size()));
				case Codes.CUSTOMER_LOSS_RATE ->
					ratio(code, count(previous.size() - retained.size()), count(previous.size()));
				case Codes.SALES_VS_PRIOR -> ratio(code, sales, sum(in(period.previous()), Order::net));
				case Codes.TOP20_SHARE -> ratio(code, top(byCustomer), sales);
				default -> throw new IllegalArgumentException(code);
			};
		}

		private List<Order> in(KpiPeriod period) {
			return this.orders.stream().filter((order) -> period.contains(order.date())).toList();
		}

		/** Sales of the top ⌈20 % × active⌉ customers. */
		private static BigDecimal top(Map<String, BigDecimal> byCustomer) {
			int n = (byCustomer.size() * 20 + 99) / 100;
			return byCustomer.values()
				.stream()
				.sorted(Comparator.reverseOrder())
				.limit(n)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		private static Map<String, BigDecimal> salesByCustomer(List<Order> orders) {
			Map<String, BigDecimal> sales = new HashMap<>();
			orders.forEach((order) -> sales.merge(order.customer(), order.net(), BigDecimal::add));
			return sales;
		}

		private static BigDecimal sum(List<Order> orders, java.util.function.Function<Order, BigDecimal> amount) {
			return orders.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		private static BigDecimal count(long n) {
			return BigDecimal.valueOf(n);
		}

		private static KpiValue amount(String code, BigDecimal amount) {
			return new KpiValue(code, amount, amount, null, null);
		}

		private static KpiValue ratio(String code, BigDecimal numerator, BigDecimal denominator) {
			BigDecimal value = (denominator.signum() == 0) ? null
					: numerator.divide(denominator, MONEY.contains(code) ? 2 : 6, RoundingMode.HALF_UP);
			return new KpiValue(code, value, numerator, denominator, null);
		}

	}

}
