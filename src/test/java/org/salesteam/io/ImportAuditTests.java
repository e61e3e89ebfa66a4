package org.salesteam.io;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditTrail;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0008: an import run that writes rows leaves one audit entry naming the file, the
 * user and the counts; a run that writes nothing leaves none; imported (historical)
 * orders are never refused or held by the credit check; a backdated import moves the
 * customer's first-order date earlier.
 */
@IntegrationTest
class ImportAuditTests {

	private static final List<String> ORDER_HEADER = List.of("订单编号", "订单日期", "客户编码", "产品编码", "产品名称", "数量", "单价");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@BeforeEach
	@AfterEach
	void removeImported() {
		this.jdbc.sql("delete from sales_order where order_number like 'IA-SO-%'").update();
		this.jdbc.sql("delete from customer where code like 'IA-C%'").update();
		this.jdbc.sql("delete from product where code like 'IA-P%'").update();
	}

	@Test
	void aRunThatWritesRowsLeavesOneAuditEntryWithFileUserAndCounts() throws Exception {
		byte[] file = orders(List.of(List.of("IA-SO-1", "2024-05-10", "IA-C1", "IA-P1", "审计测试产品", "10", "3")));
		importCustomer("IA-C1", "0");
		String first = ImportApi.run(this.mvc, "director", "orders", "历史订单.csv", file, "ALL_OR_NOTHING");
		List<AuditEntry> entries = this.trail.history("importJob", id(first));
		assertThat(entries).hasSize(1);
		AuditEntry entry = entries.get(0);
		assertThat(entry.username()).isEqualTo("director");
		assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
		Map<String, String> values = new LinkedHashMap<>();
		entry.changes().forEach((change) -> values.put(change.field(), change.newValue()));
		assertThat(values).containsExactly(Map.entry("fileName", "历史订单.csv"), Map.entry("kind", "orders"),
				Map.entry("mode", "ALL_OR_NOTHING"), Map.entry("rowsRead", "1"), Map.entry("rowsImported", "1"),
				Map.entry("rowsCreated", "1"), Map.entry("rowsUpdated", "0"), Map.entry("rowsUnchanged", "0"),
				Map.entry("rowsRejected", "0"));
		// the same file again writes nothing and leaves no entry
		String again = ImportApi.run(this.mvc, "director", "orders", "历史订单.csv", file, "ALL_OR_NOTHING");
		assertThat(ImportApi.number(again, "$.rowsUnchanged")).isEqualTo(1);
		assertThat(this.trail.history("importJob", id(again))).isEmpty();
	}

	@Test
	void aRejectedAllOrNothingRunLeavesNoEntry() throws Exception {
		importCustomer("IA-C1", "0");
		byte[] file = orders(List.of(List.of("IA-SO-1", "2024-05-10", "IA-C1", "IA-P1", "审计测试产品", "10", "3"),
				List.of("IA-SO-2", "不是日期", "IA-C1", "IA-P1", "审计测试产品", "10", "3")));
		String result = ImportApi.run(this.mvc, "admin", "orders", "bad.csv", file, "ALL_OR_NOTHING");
		assertThat(ImportApi.number(result, "$.rowsRejected")).isEqualTo(1);
		assertThat(this.trail.history("importJob", id(result))).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from sales_order where order_number like 'IA-SO-%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void historicalOrdersPassTheCreditLimitAndABackdatedOneMovesTheFirstOrderEarlier() throws Exception {
		// credit limit 100, orders of 10 × 300 = 3000 and 5 × 40 = 200: both beyond it
		importCustomer("IA-C2", "100");
		String later = ImportApi.run(this.mvc, "admin", "orders", "a.csv",
				orders(List.of(List.of("IA-SO-3", "2024-05-10", "IA-C2", "IA-P1", "审计测试产品", "10", "300"))),
				"ALL_OR_NOTHING");
		assertThat(ImportApi.number(later, "$.rowsImported")).isEqualTo(1);
		assertThat(firstOrderDate("IA-C2")).isEqualTo(LocalDate.of(2024, 5, 10));
		String earlier = ImportApi.run(this.mvc, "admin", "orders", "b.csv",
				orders(List.of(List.of("IA-SO-4", "2023-01-15", "IA-C2", "IA-P1", "审计测试产品", "5", "40"))),
				"ALL_OR_NOTHING");
		assertThat(ImportApi.number(earlier, "$.rowsImported")).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select status from sales_order where order_number in ('IA-SO-3', 'IA-SO-4') order by order_number")
			.query(String.class)
			.list()).containsExactly("CONFIRMED", "CONFIRMED");
		assertThat(firstOrderDate("IA-C2")).isEqualTo(LocalDate.of(2023, 1, 15));
		assertThat(this.jdbc.sql("select status from customer where code = 'IA-C2'").query(String.class).single())
			.isEqualTo("ACTIVE");
	}

	private LocalDate firstOrderDate(String code) {
		return this.jdbc.sql("select first_order_date from customer where code = :c")
			.param("c", code)
			.query(LocalDate.class)
			.single();
	}

	private void importCustomer(String code, String creditLimit) throws Exception {
		byte[] file = ImportApi.csv(List.of(List.of("客户编码", "客户名称", "信用额度"), List.of(code, "审计测试客户", creditLimit)),
				StandardCharsets.UTF_8, false);
		String result = ImportApi.run(this.mvc, "admin", "customers", "customers.csv", file, "ALL_OR_NOTHING");
		assertThat(ImportApi.number(result, "$.rowsImported")).as(result).isEqualTo(1);
	}

	private static byte[] orders(List<List<String>> lines) {
		List<List<String>> rows = new java.util.ArrayList<>();
		rows.add(ORDER_HEADER);
		rows.addAll(lines);
		return ImportApi.csv(rows, StandardCharsets.UTF_8, false);
	}

	private static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

}
