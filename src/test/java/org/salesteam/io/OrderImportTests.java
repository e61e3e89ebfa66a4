package org.salesteam.io;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.performance.internal.KpiRollups;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Order lines through {@code POST /api/v1/imports} (kind {@code orders}). The generated
 * file: 12 orders IT-SO-01…12 with 4 lines (orders 1–4) or 3 lines (5–12) = 40 lines;
 * order k belongs to customer IT-O((k−1) mod 3 + 1) (3 new customers; IT-O1 and IT-O3
 * with rep1, IT-O2 with rep2), odd orders in territory SH, even ones in ZJ (so every
 * customer buys in both); line j sells product IT-P{j} (4 new products), except line 4 of
 * order 1 which sells IT-P1 again (the same product twice in one order); IT-P2 is renamed
 * from order 7 on; quantity 10·j at 2.5, discount 0.1 on line 2, gross profit 5 per line
 * except −50 on line 1 of order 5; order 12 is cancelled on its second line only.
 */
@IntegrationTest
class OrderImportTests {

	static final List<String> HEADER = List.of("订单编号", "行号", "订单日期", "客户编码", "客户名称", "区域编码", "销售账号", "产品编码", "产品名称",
			"产品类别", "数量", "单价", "折扣", "毛利", "订单状态");

	private static final String SNAPSHOT = """
			select o.order_number, o.order_date, c.code as customer, u.username as rep, t.code as territory, o.status,
			       o.net_amount, o.cost, o.cancel_reason, l.line_no, p.code as product, l.quantity, l.unit_price,
			       l.discount, l.net_amount as line_net, l.cost as line_cost
			from order_line l join sales_order o on o.id = l.order_id join customer c on c.id = o.customer_id
			join product p on p.id = l.product_id left join app_user u on u.id = o.owner_id
			left join territory t on t.id = o.territory_id
			where o.order_number like 'IT-SO-%' order by o.order_number, l.line_no
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KpiRollups rollups;

	@BeforeEach
	@AfterEach
	void removeImportedOrders() {
		this.jdbc.sql("delete from sales_order where order_number like 'IT-SO-%'").update();
		this.jdbc.sql("delete from customer where code like 'IT-O%'").update();
		this.jdbc.sql("delete from product where code like 'IT-P%'").update();
		this.jdbc.sql("delete from kpi_sales_day where customer_id not in (select id from customer)").update();
		this.jdbc.sql("delete from kpi_customer_first where customer_id not in (select id from customer)").update();
	}

	/**
	 * An import publishes no per-order events; the KPI rollup must still count its orders
	 * at once, and equal a rebuild from the orders: IT-SO-K1 = 2 × 50 + 1 × 30 = 130
	 * placed, IT-SO-K2 = 70 cancelled; re-importing K1 as cancelled takes its 130 out.
	 */
	@Test
	void importedOrdersCountInTheKpiRollupAtOnce() throws Exception {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("订单编号", "订单日期", "客户编码", "销售账号", "产品编码", "数量", "单价", "订单状态"));
		rows.add(List.of("IT-SO-K1", "2024-06-03", "IT-OK1", "rep1", "IT-PK1", "2", "50", ""));
		rows.add(List.of("IT-SO-K1", "2024-06-03", "IT-OK1", "rep1", "IT-PK2", "1", "30", ""));
		rows.add(List.of("IT-SO-K2", "2024-06-04", "IT-OK1", "rep1", "IT-PK1", "1", "70", "已取消"));
		ImportApi.run(this.mvc, "admin", "orders", "kpi.csv", ImportApi.csv(rows, StandardCharsets.UTF_8, false),
				"ALL_OR_NOTHING");
		String figures = "select cast(sum(k.sales) as integer) || '/' || sum(k.orders) || '/' || sum(k.cancelled) "
				+ "from kpi_sales_day k join customer c on c.id = k.customer_id where c.code = 'IT-OK1'";
		assertThat(this.jdbc.sql(figures).query(String.class).single()).isEqualTo("130/1/1");

		rows.set(1, List.of("IT-SO-K1", "2024-06-03", "IT-OK1", "rep1", "IT-PK1", "2", "50", "已取消"));
		rows.set(2, List.of("IT-SO-K1", "2024-06-03", "IT-OK1", "rep1", "IT-PK2", "1", "30", "已取消"));
		ImportApi.run(this.mvc, "admin", "orders", "kpi.csv", ImportApi.csv(rows, StandardCharsets.UTF_8, false),
				"ALL_OR_NOTHING");
		assertThat(this.jdbc.sql(figures).query(String.class).single()).isEqualTo("0/0/2");
		this.rollups.rebuild();
		assertThat(this.jdbc.sql(figures).query(String.class).single()).isEqualTo("0/0/2");
	}

	private static final String ROLLUP_ROWS = """
			select k.order_day || ' ' || k.owner_key || ' ' || k.territory_key || ' ' || c.code || ' '
			       || cast(k.sales as decimal(15, 2)) || ' ' || cast(k.profit as decimal(15, 2)) || ' ' || k.orders
			       || ' ' || k.cancelled
			from kpi_sales_day k join customer c on c.id = k.customer_id where c.code like 'IT-OR%'
			union all
			select 'first ' || f.first_day || ' ' || f.owner_key || ' ' || f.territory_key || ' ' || c.code
			from kpi_customer_first f join customer c on c.id = f.customer_id where c.code like 'IT-OR%'
			""";

	/**
	 * The rollups an import leaves equal a rebuild from the orders, row by row. First
	 * file: 30 orders IT-SO-R01…R30 of 2 lines (10 × 1 + 5 × 2 = 20, profit 5 + 5), odd
	 * ones for IT-OR1, even ones for IT-OR2, on 2024-04-0(k mod 3 + 1), R30 cancelled; 60
	 * lines = 2 chunks of 50 whose orders share keys: 29 × 20 = 580 sales, 290 profit, 29
	 * orders, 1 cancelled, both customers first on 2024-04-01. Second file: R01 line 1 at
	 * 30 (net 40, profit still 10), R02 cancelled, new R31 for IT-OR1 on 2024-03-20: 580
	 * + 20 − 20 + 20 = 600, 290 − 10 + 10 = 290, 29 orders, 2 cancelled, IT-OR1 first on
	 * 03-20.
	 */
	@Test
	void theRollupsAfterImportsAcrossChunksEqualARebuild() throws Exception {
		List<String> header = List.of("订单编号", "行号", "订单日期", "客户编码", "区域编码", "销售账号", "产品编码", "数量", "单价", "毛利", "订单状态");
		List<List<String>> rows = new ArrayList<>();
		rows.add(header);
		for (int k = 1; k <= 30; k++) {
			String number = "IT-SO-R%02d".formatted(k);
			String customer = (k % 2 == 1) ? "IT-OR1" : "IT-OR2";
			String date = "2024-04-0" + (k % 3 + 1);
			rows.add(List.of(number, "1", date, customer, "SH", "rep1", "IT-PR1", "1", "10", "5",
					(k == 30) ? "已取消" : ""));
			rows.add(List.of(number, "2", date, customer, "SH", "rep1", "IT-PR2", "2", "5", "5", ""));
		}
		String first = ImportApi.run(this.mvc, "admin", "orders", "r.csv",
				ImportApi.csv(rows, StandardCharsets.UTF_8, false), "SKIP_INVALID");
		assertThat(ImportApi.number(first, "$.rowsImported")).as(first).isEqualTo(60);
		String figures = "select cast(sum(k.sales) as integer) || '/' || cast(sum(k.profit) as integer) || '/' "
				+ "|| sum(k.orders) || '/' || sum(k.cancelled) "
				+ "from kpi_sales_day k join customer c on c.id = k.customer_id where c.code like 'IT-OR%'";
		assertThat(this.jdbc.sql(figures).query(String.class).single()).isEqualTo("580/290/29/1");
		assertSameAfterRebuild();

		List<List<String>> changes = List.of(header,
				List.of("IT-SO-R01", "1", "2024-04-02", "IT-OR1", "SH", "rep1", "IT-PR1", "1", "30", "5", ""),
				List.of("IT-SO-R01", "2", "2024-04-02", "IT-OR1", "SH", "rep1", "IT-PR2", "2", "5", "5", ""),
				List.of("IT-SO-R02", "1", "2024-04-03", "IT-OR2", "SH", "rep1", "IT-PR1", "1", "10", "5", "已取消"),
				List.of("IT-SO-R31", "1", "2024-03-20", "IT-OR1", "SH", "rep1", "IT-PR1", "1", "10", "5", ""),
				List.of("IT-SO-R31", "2", "2024-03-20", "IT-OR1", "SH", "rep1", "IT-PR2", "2", "5", "5", ""));
		String second = ImportApi.run(this.mvc, "admin", "orders", "r2.csv",
				ImportApi.csv(changes, StandardCharsets.UTF_8, false), "ALL_OR_NOTHING");
		assertThat(ImportApi.number(second, "$.rowsImported")).as(second).isEqualTo(4);
		assertThat(this.jdbc.sql(figures).query(String.class).single()).isEqualTo("600/290/29/2");
		assertThat(this.jdbc
			.sql("select f.first_day from kpi_customer_first f join customer c on c.id = f.customer_id "
					+ "where c.code like 'IT-OR%' order by c.code")
			.query(java.time.LocalDate.class)
			.list()).containsExactly(java.time.LocalDate.of(2024, 3, 20), java.time.LocalDate.of(2024, 4, 1));
		assertSameAfterRebuild();
		// the customers: active since their first order, one conversion each (on the
		// first
		// import's first day), last activity on their latest order
		assertThat(this.jdbc
			.sql("select c.code || ' ' || c.status || ' ' || c.first_order_date || ' ' || c.last_activity_date "
					+ "|| ' ' || p.converted_on from customer c join prospect_conversion p on p.customer_id = c.id "
					+ "where c.code like 'IT-OR%' order by c.code")
			.query(String.class)
			.list()).containsExactly("IT-OR1 ACTIVE 2024-03-20 2024-04-03 2024-04-01",
					"IT-OR2 ACTIVE 2024-04-01 2024-04-03 2024-04-01");
	}

	private void assertSameAfterRebuild() {
		List<String> imported = this.jdbc.sql(ROLLUP_ROWS).query(String.class).list().stream().sorted().toList();
		this.rollups.rebuild();
		List<String> rebuilt = this.jdbc.sql(ROLLUP_ROWS).query(String.class).list().stream().sorted().toList();
		assertThat(imported).isNotEmpty().isEqualTo(rebuilt);
	}

	/** The 40 lines described on the class; {@code lineNumbers}: with the 行号 column. */
	static List<List<String>> forty(boolean lineNumbers) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(lineNumbers ? HEADER : HEADER.stream().filter((h) -> !h.equals("行号")).toList());
		for (int k = 1; k <= 12; k++) {
			int customer = (k - 1) % 3 + 1;
			int lines = (k <= 4) ? 4 : 3;
			String date = switch (k % 3) {
				case 0 -> "2024/3/" + k;
				case 1 -> "2024-03-" + String.format("%02d", k);
				default -> "2024年3月" + k + "日";
			};
			for (int j = 1; j <= lines; j++) {
				String product = (k == 1 && j == 4) ? "IT-P1" : "IT-P" + j;
				String name = product.equals("IT-P2") && k >= 7 ? "测试产品二（新版）" : "测试产品" + product.substring(4);
				List<String> row = new ArrayList<>(List.of("IT-SO-" + String.format("%02d", k), String.valueOf(j), date,
						"IT-O" + customer, "测试客户" + customer, (k % 2 == 1) ? "SH" : "ZJ",
						(customer == 2) ? "rep2" : "rep1", product, name, "测试类别", String.valueOf(10 * j), "2.5",
						(j == 2) ? "0.1" : "", (k == 5 && j == 1) ? "-50" : "5",
						(k == 12 && j == 2) ? "已取消" : (j == 3 ? "confirmed" : "")));
				if (!lineNumbers) {
					row.remove(1);
				}
				rows.add(row);
			}
		}
		return rows;
	}

	@Test
	void fortyLinesAsUtf8GbkAndXlsxGiveTheSameOrdersAndAgainChangeNothing() throws Exception {
		Map<String, byte[]> files = Map.of("lines.csv", ImportApi.csv(forty(true), StandardCharsets.UTF_8, false),
				"gbk.csv", ImportApi.csv(forty(true), Charset.forName("GBK"), false), "lines.xlsx",
				ImportApi.xlsx(forty(true), Map.of(1, true, 10, true, 11, true, 12, true)));
		String reference = null;
		for (String name : List.of("lines.csv", "gbk.csv", "lines.xlsx")) {
			removeImportedOrders();
			String first = ImportApi.run(this.mvc, "admin", "orders", name, files.get(name), "ALL_OR_NOTHING");
			assertThat((String) JsonPath.read(first, "$.status")).as(name).isEqualTo("DONE");
			assertThat(counts(first)).as(name).containsExactly(40, 40, 0, 0);
			String stored = this.jdbc.sql(SNAPSHOT).query().listOfRows().toString();
			if (reference == null) {
				reference = stored;
				assertFirstImport();
			}
			assertThat(stored).as(name).isEqualTo(reference);
			String again = ImportApi.run(this.mvc, "admin", "orders", name, files.get(name), "ALL_OR_NOTHING");
			assertThat(counts(again)).as(name + " again").containsExactly(40, 0, 40, 0);
			assertThat(this.jdbc.sql(SNAPSHOT).query().listOfRows().toString()).as(name).isEqualTo(reference);
			assertThat(count("select count(*) from product where code like 'IT-P%'")).isEqualTo(4);
		}
	}

	private void assertFirstImport() {
		assertThat(count("select count(*) from sales_order where order_number like 'IT-SO-%'")).isEqualTo(12);
		assertThat(count("select count(*) from order_line l join sales_order o on o.id = l.order_id "
				+ "where o.order_number like 'IT-SO-%'"))
			.isEqualTo(40);
		assertThat(count("select count(*) from customer where code like 'IT-O%'")).isEqualTo(3);
		assertThat(count("select count(*) from product where code like 'IT-P%'")).isEqualTo(4);
		assertThat(this.jdbc.sql("select name from product where code = 'IT-P2'").query(String.class).single())
			.isEqualTo("测试产品二（新版）");
		// 4 orders × 245 + 8 × 145 = 2140; cost = net − profit: 2140 − (39 × 5 − 50) =
		// 1995
		assertThat(decimal("select sum(net_amount) from sales_order where order_number like 'IT-SO-%'"))
			.isEqualByComparingTo("2140");
		assertThat(decimal("select sum(cost) from sales_order where order_number like 'IT-SO-%'"))
			.isEqualByComparingTo("1995");
		assertThat(decimal("select sum(l.net_amount) from order_line l join sales_order o on o.id = l.order_id "
				+ "where o.order_number like 'IT-SO-%'"))
			.isEqualByComparingTo("2140");
		assertThat(decimal("select l.net_amount - l.cost from order_line l join sales_order o on o.id = l.order_id "
				+ "where o.order_number = 'IT-SO-05' and l.line_no = '1'"))
			.isEqualByComparingTo("-50");
		assertThat(decimal("select l.net_amount from order_line l join sales_order o on o.id = l.order_id "
				+ "where o.order_number = 'IT-SO-01' and l.line_no = '2'"))
			.isEqualByComparingTo("45");
		assertThat(count("select count(*) from order_line l join sales_order o on o.id = l.order_id "
				+ "join product p on p.id = l.product_id where o.order_number = 'IT-SO-01' and p.code = 'IT-P1'"))
			.isEqualTo(2);
		assertThat(this.jdbc
			.sql("select order_number from sales_order where order_number like 'IT-SO-%' "
					+ "and status = 'CANCELLED' and cancel_reason = 'imported' and cancelled_on is not null")
			.query(String.class)
			.list()).containsExactly("IT-SO-12");
		assertThat(count("select count(distinct territory_id) from sales_order where order_number like 'IT-SO-%' "
				+ "and customer_id = (select id from customer where code = 'IT-O2')"))
			.isEqualTo(2);
		assertThat(this.jdbc.sql("select status from customer where code like 'IT-O%' order by code")
			.query(String.class)
			.list()).containsExactly("ACTIVE", "ACTIVE", "ACTIVE");
		assertThat(this.jdbc.sql("select first_order_date from customer where code = 'IT-O1'")
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(java.time.LocalDate.of(2024, 3, 1));
		assertThat(this.jdbc
			.sql("select u.username from customer c join app_user u on u.id = c.owner_id "
					+ "where c.code like 'IT-O%' order by c.code")
			.query(String.class)
			.list()).containsExactly("rep1", "rep2", "rep1");
	}

	@Test
	void withoutLineNumbersLinesAreKeyedByTheirPositionInTheOrder() throws Exception {
		byte[] file = ImportApi.csv(forty(false), StandardCharsets.UTF_8, true);
		assertThat(counts(ImportApi.run(this.mvc, "director", "orders", "pos.csv", file, "ALL_OR_NOTHING")))
			.containsExactly(40, 40, 0, 0);
		assertThat(this.jdbc
			.sql("select l.line_no from order_line l join sales_order o on o.id = l.order_id "
					+ "where o.order_number = 'IT-SO-01' order by l.line_no")
			.query(Integer.class)
			.list()).containsExactly(1, 2, 3, 4);
		assertThat(counts(ImportApi.run(this.mvc, "director", "orders", "pos.csv", file, "ALL_OR_NOTHING")))
			.containsExactly(40, 0, 40, 0);
		// a changed quantity on the second line of order 3 changes that line only
		List<List<String>> rows = new ArrayList<>(forty(false));
		List<String> changed = new ArrayList<>(rows.get(10));
		assertThat(changed.get(0)).isEqualTo("IT-SO-03");
		assertThat(changed.get(6)).isEqualTo("IT-P2");
		changed.set(9, "30");
		rows.set(10, changed);
		String result = ImportApi.run(this.mvc, "director", "orders", "pos2.csv",
				ImportApi.csv(rows, StandardCharsets.UTF_8, false), "ALL_OR_NOTHING");
		assertThat(counts(result)).containsExactly(40, 1, 39, 0);
		assertThat(decimal("select l.quantity from order_line l join sales_order o on o.id = l.order_id "
				+ "where o.order_number = 'IT-SO-03' and l.line_no = '2'"))
			.isEqualByComparingTo("30");
		assertThat(count("select count(*) from order_line l join sales_order o on o.id = l.order_id "
				+ "where o.order_number like 'IT-SO-%'"))
			.isEqualTo(40);
		// 30 × 2.5 × 0.9 = 67.50 instead of 45: the order's total follows
		assertThat(decimal("select net_amount from sales_order where order_number = 'IT-SO-03'"))
			.isEqualByComparingTo("267.5");
	}

	/**
	 * Three orders of 30 lines without line numbers: with the tests' chunks of 50 rows
	 * the second order spans two chunks, and its last line (in the second chunk) cancels
	 * it.
	 */
	@Test
	void anOrderAcrossChunksKeepsItsPositionsAndIsCancelledByALaterChunk() throws Exception {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("订单编号", "订单日期", "客户编码", "销售账号", "产品编码", "数量", "单价", "订单状态"));
		for (int k = 1; k <= 3; k++) {
			for (int j = 1; j <= 30; j++) {
				rows.add(List.of("IT-SO-L" + k, "2024-05-0" + k, "IT-O9", "rep1", "IT-P" + (j % 2), "1", "10",
						(k == 2 && j == 30) ? "CANCELLED" : ""));
			}
		}
		byte[] file = ImportApi.csv(rows, StandardCharsets.UTF_8, false);
		assertThat(counts(ImportApi.run(this.mvc, "admin", "orders", "long.csv", file, "ALL_OR_NOTHING")))
			.containsExactly(90, 90, 0, 0);
		assertThat(this.jdbc.sql(
				"select o.order_number || ':' || o.status || ':' || count(*) || ':' || max(cast(l.line_no as integer)) || ':' "
						+ "|| cast(o.net_amount as integer) from sales_order o join order_line l on l.order_id = o.id "
						+ "where o.order_number like 'IT-SO-L%' group by o.order_number, o.status, o.net_amount "
						+ "order by o.order_number")
			.query(String.class)
			.list()).containsExactly("IT-SO-L1:CONFIRMED:30:30:300", "IT-SO-L2:CANCELLED:30:30:300",
					"IT-SO-L3:CONFIRMED:30:30:300");
		assertThat(counts(ImportApi.run(this.mvc, "admin", "orders", "long.csv", file, "SKIP_INVALID")))
			.containsExactly(90, 0, 90, 0);
		assertThat(count("select count(*) from product where code like 'IT-P%'")).isEqualTo(2);
	}

	@Test
	void allOrNothingWithBadRowsWritesNothingAndNamesRowAndColumn() throws Exception {
		List<List<String>> rows = badRows();
		String result = ImportApi.run(this.mvc, "admin", "orders", "bad.csv",
				ImportApi.csv(rows, StandardCharsets.UTF_8, false), "ALL_OR_NOTHING");
		assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("DONE");
		assertThat(counts(result)).containsExactly(40, 0, 0, 4);
		assertThat(JsonPath.<List<Integer>>read(result, "$.errors[*].row")).containsExactly(3, 9, 20, 41);
		assertThat(JsonPath.<List<String>>read(result, "$.errors[*].column")).containsExactly("销售账号", "订单状态", "数量",
				"订单日期");
		assertThat(count("select count(*) from sales_order where order_number like 'IT-SO-%'")).isZero();
		assertThat(count("select count(*) from customer where code like 'IT-O%'")).isZero();
		assertThat(count("select count(*) from product where code like 'IT-P%'")).isZero();
	}

	@Test
	void skipInvalidWritesExactlyTheGoodRows() throws Exception {
		String result = ImportApi.run(this.mvc, "admin", "orders", "bad.csv",
				ImportApi.csv(badRows(), StandardCharsets.UTF_8, false), "SKIP_INVALID");
		assertThat(counts(result)).containsExactly(40, 36, 0, 4);
		assertThat(count("select count(*) from order_line l join sales_order o on o.id = l.order_id "
				+ "where o.order_number like 'IT-SO-%'"))
			.isEqualTo(36);
		// rows 3 and 9 are lines 2 and 4 of order 1 and line 4 of order 2 … (see
		// badRows): all
		// 12 orders keep at least one good line
		assertThat(count("select count(*) from sales_order where order_number like 'IT-SO-%'")).isEqualTo(12);
		assertThat(count("select count(*) from order_line l join sales_order o on o.id = l.order_id "
				+ "where o.order_number = 'IT-SO-01'"))
			.isEqualTo(3);
	}

	/**
	 * The forty lines with four bad ones: row 3 (order 1 line 2) an unknown rep, row 9
	 * (order 2 line 4) a bad status, row 20 (order 5 line 3) no quantity, row 41 (order
	 * 12 line 3) a bad date.
	 */
	private static List<List<String>> badRows() {
		List<List<String>> rows = new ArrayList<>(forty(true));
		set(rows, 2, 6, "nobody");
		set(rows, 8, 14, "shipped");
		set(rows, 19, 10, "");
		set(rows, 40, 2, "2024-13-45");
		return rows;
	}

	private static void set(List<List<String>> rows, int index, int column, String value) {
		List<String> row = new ArrayList<>(rows.get(index));
		row.set(column, value);
		rows.set(index, row);
	}

	@Test
	void aRepMayNotImportOrdersOrProducts() throws Exception {
		byte[] file = ImportApi.csv(forty(true), StandardCharsets.UTF_8, false);
		assertThat(ImportApi.upload(this.mvc, "rep1", "orders", "lines.csv", file, null, "ALL_OR_NOTHING")
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(ImportApi.upload(this.mvc, "manager2", "products", "lines.csv", file, null, "ALL_OR_NOTHING")
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aRepsOrderLineExportHoldsOnlyTheirOrdersLinesAndImportsAgain() throws Exception {
		ImportApi.run(this.mvc, "admin", "orders", "lines.csv",
				ImportApi.csv(forty(true), StandardCharsets.UTF_8, false), "ALL_OR_NOTHING");
		long rep1 = ImportApi.userId(this.jdbc, "rep1");
		long visible = this.jdbc
			.sql("select count(*) from order_line l join sales_order o on o.id = l.order_id where o.owner_id = :id")
			.param("id", rep1)
			.query(Long.class)
			.single();
		byte[] body = this.mvc
			.perform(get("/api/v1/order-lines/export").param("format", "csv")
				.header("Authorization", Tokens.bearer(this.mvc, "rep1")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<CSVRecord> records = parse(body);
		assertThat(records.get(0).get(0)).isEqualTo("订单编号");
		assertThat(records).hasSize((int) visible + 1);
		int rep = records.get(0).toList().indexOf("销售账号");
		int number = records.get(0).toList().indexOf("订单编号");
		assertThat(records.subList(1, records.size())).allSatisfy((row) -> assertThat(row.get(rep)).isEqualTo("rep1"));
		// orders 1, 3, 4, 6, 7, 9, 10, 12 (customers IT-O1 and IT-O3): 3 × 4 + 5 × 3 = 27
		// lines
		assertThat(records.stream().filter((row) -> row.get(number).startsWith("IT-SO-"))).hasSize(27);
		// the admin's export of the imported orders imports again without changes
		byte[] all = this.mvc
			.perform(get("/api/v1/order-lines/export").param("format", "xlsx")
				.param("q", "IT-SO-")
				.header("Authorization", Tokens.bearer(this.mvc, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(counts(ImportApi.run(this.mvc, "admin", "orders", "export.xlsx", all, "ALL_OR_NOTHING")))
			.containsExactly(40, 0, 40, 0);
		String orders = this.mvc
			.perform(get("/api/v1/orders/export").param("format", "csv")
				.param("q", "IT-SO-")
				.header("Authorization", Tokens.bearer(this.mvc, "rep2")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// rep2: orders 2, 5, 8, 11
		assertThat(parse(orders.getBytes(StandardCharsets.UTF_8))).hasSize(5);
	}

	/**
	 * Every column of the order-line CSV, cell by cell. Line 1: 3 × 12.5 less 20 % =
	 * 30.00, profit 6 → cost 24.00; line 2: 4 × 2.5 = 10.00, profit 5 → cost 5.00. The
	 * new customer has no segment (empty cell); text that a spreadsheet would run as a
	 * formula gets an apostrophe, negative numbers do not.
	 */
	@Test
	void theOrderLineCsvHoldsEveryValueOfTheLinesWithFormulasNeutralised() throws Exception {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		rows.add(List.of("IT-SO-X1", "1", "2024-05-06", "IT-OX", "=HYPERLINK(\"x\")", "SH", "rep1", "IT-PX1", "+加急费",
				"@类别", "3", "12.5", "0.2", "6", "confirmed"));
		rows.add(List.of("IT-SO-X1", "2", "2024-05-06", "IT-OX", "=HYPERLINK(\"x\")", "SH", "rep1", "IT-PX2", "普通品",
				"测试类别", "4", "2.5", "", "-5", "confirmed"));
		ImportApi.run(this.mvc, "admin", "orders", "x.csv", ImportApi.csv(rows, StandardCharsets.UTF_8, false),
				"ALL_OR_NOTHING");
		byte[] body = this.mvc
			.perform(get("/api/v1/order-lines/export").param("format", "csv")
				.param("q", "IT-SO-X1")
				.header("Authorization", Tokens.bearer(this.mvc, "director")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> records = parse(body).stream().map(CSVRecord::toList).toList();
		assertThat(records).containsExactly(
				List.of("订单编号", "行号", "订单日期", "客户编码", "客户名称", "细分市场", "区域编码", "销售账号", "产品编码", "产品名称", "产品类别", "数量",
						"单价", "折扣", "金额（折后）", "成本", "毛利", "订单状态"),
				List.of("IT-SO-X1", "1", "2024-05-06", "IT-OX", "'=HYPERLINK(\"x\")", "", "SH", "rep1", "IT-PX1",
						"'+加急费", "'@类别", "3", "12.5", "0.2", "30.00", "24.00", "6.00", "已确认"),
				List.of("IT-SO-X1", "2", "2024-05-06", "IT-OX", "'=HYPERLINK(\"x\")", "", "SH", "rep1", "IT-PX2", "普通品",
						"测试类别", "4", "2.5", "0", "10.00", "15.00", "-5.00", "已确认"));
	}

	@Test
	void theOrderAndProductListPagesOfferTheExports() throws Exception {
		var session = (org.springframework.mock.web.MockHttpSession) this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/login")
				.user("rep1")
				.password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		String orders = this.mvc.perform(get("/orders").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(orders).contains("/exports/orders?format=xlsx").contains("/exports/order-lines?format=xlsx");
		String products = this.mvc.perform(get("/products").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(products).contains("/exports/products?format=xlsx");
		var file = this.mvc.perform(get("/exports/order-lines").param("format", "csv").session(session))
			.andReturn()
			.getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(parse(file.getContentAsByteArray()).get(0).get(0)).isEqualTo("订单编号");
	}

	private List<Integer> counts(String json) {
		return List.of(ImportApi.number(json, "$.rowsRead"), ImportApi.number(json, "$.rowsImported"),
				ImportApi.number(json, "$.rowsUnchanged"), ImportApi.number(json, "$.rowsRejected"));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private BigDecimal decimal(String sql) {
		return this.jdbc.sql(sql).query(BigDecimal.class).single();
	}

	static List<CSVRecord> parse(byte[] body) throws Exception {
		String text = new String(body, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return CSVFormat.RFC4180.parse(new java.io.StringReader(text)).getRecords();
	}

}
