package org.salesteam.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 14, contract 1: an imported line number is the line's key inside its order (an
 * ERP line id), not a position — positive whole numbers of any size and text up to 64
 * characters; lines are listed shorter keys first, then by text (whole numbers in numeric
 * order).
 */
@IntegrationTest
class OrderLineKeyImportTests {

	private static final List<String> HEADER = List.of("订单编号", "行号", "订单日期", "客户编码", "销售账号", "产品编码", "数量", "单价");

	private static final String LONG_NUMBER = "123456789012345678901234567890";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void removeImportedOrders() throws Exception {
		ImportedLines.removeByPrefix(this.mvc, this.jdbc, "LK-SO-", "LK-C", "LK-P");
	}

	private static List<String> row(String order, String line, String quantity) {
		return List.of(order, line, "2024-06-03", "LK-C1", "rep1", "LK-P1", quantity, "10");
	}

	/** Six lines of LK-SO-1 with ERP keys, in file order. */
	private static List<List<String>> erpLines() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		rows.add(row("LK-SO-1", "900000", "1"));
		rows.add(row("LK-SO-1", "2024-000117-3", "2"));
		rows.add(row("LK-SO-1", "10", "3"));
		rows.add(row("LK-SO-1", "009", "4"));
		rows.add(row("LK-SO-1", LONG_NUMBER, "5"));
		rows.add(row("LK-SO-1", "2024-000117-10", "6"));
		return rows;
	}

	@Test
	void erpLineIdsOfAnySizeAndTextAreKeysThatAReimportFindsAgain() throws Exception {
		byte[] file = ImportApi.csv(erpLines(), StandardCharsets.UTF_8, false);
		String first = ImportApi.run(this.mvc, "admin", "orders", "erp.csv", file, "ALL_OR_NOTHING");
		assertThat(counts(first)).as(first).containsExactly(6, 6, 0, 0);
		// shorter keys first, then by text: 9 before 10 before 900000; "009" is the key 9
		List<String> expected = List.of("9", "10", "900000", "2024-000117-3", "2024-000117-10", LONG_NUMBER);
		assertThat(apiLineKeys()).containsExactlyElementsOf(expected);
		assertThat(this.jdbc.sql("""
				select cast(l.quantity as integer) from order_line l join sales_order o on o.id = l.order_id
				where o.order_number = 'LK-SO-1' and l.line_no = '900000'
				""").query(Integer.class).single()).isEqualTo(1);
		// 1·10 + 2·10 + … + 6·10 = 210
		assertThat(this.jdbc.sql("select cast(net_amount as integer) from sales_order where order_number = 'LK-SO-1'")
			.query(Integer.class)
			.single()).isEqualTo(210);

		String again = ImportApi.run(this.mvc, "admin", "orders", "erp.csv", file, "ALL_OR_NOTHING");
		assertThat(counts(again)).as(again).containsExactly(6, 0, 6, 0);

		// the same lines as an .xlsx whose line numbers are number cells (9, 10 and
		// 900000; the 30 digits stay a text cell, as a spreadsheet cannot hold them as a
		// number), one quantity changed: one line changed, none added
		List<List<String>> changed = new ArrayList<>(erpLines());
		changed.set(2, row("LK-SO-1", "2024-000117-3", "20"));
		changed.set(4, row("LK-SO-1", "9", "4"));
		changed.set(5, row("LK-SO-1", " " + LONG_NUMBER, "5"));
		String xlsx = ImportApi.run(this.mvc, "admin", "orders", "erp.xlsx",
				ImportApi.xlsx(changed, Map.of(1, true, 6, true, 7, true)), "ALL_OR_NOTHING");
		assertThat(counts(xlsx)).as(xlsx).containsExactly(6, 1, 5, 0);
		assertThat(apiLineKeys()).containsExactlyElementsOf(expected);
		// 210 − 2·10 + 20·10 = 390
		assertThat(this.jdbc.sql("select cast(net_amount as integer) from sales_order where order_number = 'LK-SO-1'")
			.query(Integer.class)
			.single()).isEqualTo(390);

		// the flat line list and the export list the lines in the same order
		String lines = this.mvc
			.perform(get("/api/v1/order-lines").param("q", "LK-SO-1")
				.header("Authorization", Tokens.bearer(this.mvc, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(lines, "$.items[?(@.orderNumber == 'LK-SO-1')].lineNo"))
			.containsExactlyElementsOf(expected);
		byte[] export = this.mvc
			.perform(get("/api/v1/order-lines/export").param("format", "csv")
				.param("q", "LK-SO-1")
				.header("Authorization", Tokens.bearer(this.mvc, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(OrderImportTests.parse(export)
			.stream()
			.filter((r) -> r.get(0).equals("LK-SO-1"))
			.map((r) -> r.get(1))
			.toList()).containsExactlyElementsOf(expected);
	}

	@Test
	void badLineNumbersAreRefusedWithAMessageNamingTheRowAndTheField() throws Exception {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADER);
		rows.add(row("LK-SO-2", "0", "1"));
		rows.add(row("LK-SO-2", "-3", "1"));
		rows.add(row("LK-SO-2", "A".repeat(65), "1"));
		rows.add(row("LK-SO-3", "1", "1"));
		rows.add(row("LK-SO-3", "", "1"));
		rows.add(row("LK-SO-4", "", "1"));
		rows.add(row("LK-SO-4", "7", "1"));
		rows.add(row("LK-SO-5", "A".repeat(64), "1"));
		String result = ImportApi.run(this.mvc, "admin", "orders", "bad.csv",
				ImportApi.csv(rows, StandardCharsets.UTF_8, false), "SKIP_INVALID");
		assertThat(counts(result)).as(result).containsExactly(8, 3, 0, 5);
		assertThat(JsonPath.<List<Integer>>read(result, "$.errors[*].row")).containsExactly(2, 3, 4, 6, 8);
		assertThat(JsonPath.<List<String>>read(result, "$.errors[*].column")).containsOnly("行号");
		assertThat(JsonPath.<List<String>>read(result, "$.errors[*].message")).containsExactly(
				"文件第 2 行的“行号”不能是 0 或负数：行号是订单内明细行的编号，可填写正整数（不限位数）或不超过 64 个字符的文本（如 2024-000117-3）。",
				"文件第 3 行的“行号”不能是 0 或负数：行号是订单内明细行的编号，可填写正整数（不限位数）或不超过 64 个字符的文本（如 2024-000117-3）。",
				"文件第 4 行的“行号”太长：最多 64 个字符，这里有 65 个。", "文件第 6 行的“行号”为空，但同一订单在文件第 5 行填了行号：同一订单的各行要么都填行号，要么都不填。",
				"文件第 8 行填了“行号”，但同一订单在文件第 7 行没有填：同一订单的各行要么都填行号，要么都不填。");
		long id = this.jdbc.sql("select max(id) from import_job").query(Long.class).single();
		String english = this.mvc
			.perform(get("/api/v1/imports/" + id).header("Accept-Language", "en")
				.header("Authorization", Tokens.bearer(this.mvc, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(english, "$.errors[2].message"))
			.isEqualTo("Line 4 of the file: the line number is too long (at most 64 characters, this one has 65).");
		assertThat(JsonPath.<String>read(english, "$.errors[3].message"))
			.startsWith("Line 6 of the file: the line number is empty, while line 5 of the file gives one");
		assertThat(this.jdbc.sql("""
				select o.order_number || '/' || l.line_no from order_line l join sales_order o on o.id = l.order_id
				where o.order_number like 'LK-SO-%' order by o.order_number
				""").query(String.class).list()).containsExactly("LK-SO-3/1", "LK-SO-4/1", "LK-SO-5/" + "A".repeat(64));
	}

	private List<String> apiLineKeys() throws Exception {
		long id = this.jdbc.sql("select id from sales_order where order_number = 'LK-SO-1'").query(Long.class).single();
		String body = this.mvc
			.perform(get("/api/v1/orders/" + id).header("Authorization", Tokens.bearer(this.mvc, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.lines[*].lineNo");
	}

	private static List<Integer> counts(String json) {
		return List.of(ImportApi.number(json, "$.rowsRead"), ImportApi.number(json, "$.rowsImported"),
				ImportApi.number(json, "$.rowsUnchanged"), ImportApi.number(json, "$.rowsRejected"));
	}

}
