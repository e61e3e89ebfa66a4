package org.salesteam.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, defect 4: a territory or segment the system lacks is a row error naming the
 * column and the value — a typo no longer creates master data for everyone; only an admin
 * may have the missing ones created, and the preview lists them first. A row's errors are
 * all reported in one pass.
 */
@IntegrationTest
class ImportReferenceTests {

	private static final List<String> HEADER = List.of("客户编码", "客户名称", "区域编码", "细分市场", "年采购潜力（元）", "负责销售账号");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void removeImported() {
		this.jdbc.sql("delete from sales_order where order_number like 'IR-SO-%'").update();
		this.jdbc.sql("delete from customer where code like 'IR-%'").update();
		this.jdbc.sql("delete from product where code like 'IR-P%'").update();
		this.jdbc.sql("delete from territory where name like 'IR测试%'").update();
		this.jdbc.sql("delete from market_segment where name like 'IR测试%'").update();
	}

	@Test
	void aManagersUnknownTerritoryIsARowErrorNamingTheColumnAndCreatesNoTerritory() throws Exception {
		byte[] file = ImportApi.csv(List.of(HEADER, List.of("IR-1", "上海市测试客户", "上海市", "", "", ""),
				List.of("IR-2", "上海测试客户", "SH", "", "", "")), StandardCharsets.UTF_8, false);
		String result = ImportApi.run(this.mvc, "manager1", "customers", "typo.csv", file, "SKIP_INVALID");
		assertThat(ImportApi.number(result, "$.rowsRejected")).isEqualTo(1);
		assertThat(ImportApi.number(result, "$.rowsCreated")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(result, "$.errors[0].row")).isEqualTo(2);
		assertThat(JsonPath.<String>read(result, "$.errors[0].column")).isEqualTo("区域编码");
		assertThat(JsonPath.<String>read(result, "$.errors[0].value")).isEqualTo("上海市");
		assertThat(JsonPath.<String>read(result, "$.errors[0].message")).contains("上海市");
		assertThat(this.jdbc.sql("select count(*) from territory where name = '上海市' or code = '上海市'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from customer where code = 'IR-1'").query(Long.class).single())
			.isZero();
	}

	@Test
	void everyProblemOfARowIsReportedInOnePass() throws Exception {
		byte[] file = ImportApi.csv(List.of(HEADER, List.of("IR-3", "多处出错测试", "IR测试区域", "IR测试细分", "abc", "nobody")),
				StandardCharsets.UTF_8, false);
		String result = ImportApi.run(this.mvc, "admin", "customers", "errors.csv", file, "ALL_OR_NOTHING");
		assertThat(ImportApi.number(result, "$.rowsRejected")).isEqualTo(1);
		assertThat(JsonPath.<List<Integer>>read(result, "$.errors[*].row")).containsOnly(2);
		assertThat(JsonPath.<List<String>>read(result, "$.errors[*].column")).containsExactlyInAnyOrder("区域编码", "细分市场",
				"年采购潜力（元）", "负责销售账号");
	}

	@Test
	void onlyAnAdminMayCreateTheMissingOnesAndThePreviewListsThemFirst() throws Exception {
		byte[] file = ImportApi.csv(List.of(HEADER, List.of("IR-4", "新区域测试客户", "IR测试区域", "IR测试细分", "", "")),
				StandardCharsets.UTF_8, false);
		assertThat(ImportApi
			.upload(this.mvc, "manager1", "customers", "new.csv", file, null, "ALL_OR_NOTHING",
					Map.of("createMissing", "true"))
			.getResponse()
			.getStatus()).isEqualTo(403);
		String preview = ImportApi.preview(this.mvc, "admin", "customers", "new.csv", file, Map.of());
		assertThat(JsonPath.<List<String>>read(preview, "$.missing[*].field")).containsExactly("细分市场", "区域编码");
		assertThat(JsonPath.<List<String>>read(preview, "$.missing[*].value")).containsExactly("IR测试细分", "IR测试区域");
		assertThat(ImportApi.number(preview, "$.rowsRejected")).isEqualTo(1);
		String allowed = ImportApi.preview(this.mvc, "admin", "customers", "new.csv", file,
				Map.of("createMissing", "true"));
		assertThat(ImportApi.number(allowed, "$.rowsCreated")).isEqualTo(1);
		assertThat(ImportApi.number(allowed, "$.rowsRejected")).isZero();
		assertThat(this.jdbc.sql("select count(*) from territory where name = 'IR测试区域'").query(Long.class).single())
			.isZero();
		String result = ImportApi.run(this.mvc, "admin", "customers", "new.csv", file, "ALL_OR_NOTHING",
				Map.of("createMissing", "true"));
		assertThat(ImportApi.number(result, "$.rowsCreated")).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select t.name from customer c join territory t on t.id = c.territory_id " + "where c.code = 'IR-4'")
			.query(String.class)
			.single()).isEqualTo("IR测试区域");
	}

	/**
	 * "Orders still create missing territories": an order file's unknown territory or
	 * customer segment is a row error naming the column and the value, as in the customer
	 * import; an admin may still have them created.
	 */
	@Test
	void anOrderFilesUnknownTerritoryOrSegmentIsARowErrorAndCreatesNothing() throws Exception {
		List<String> header = List.of("订单编号", "订单日期", "客户编码", "客户名称", "细分市场", "区域编码", "销售账号", "产品编码", "数量", "单价");
		byte[] file = ImportApi.csv(
				List.of(header,
						List.of("IR-SO-1", "2024-05-06", "IR-O1", "订单新客户", "", "上海市", "rep1", "IR-P1", "1", "10"),
						List.of("IR-SO-2", "2024-05-06", "IR-O2", "订单新客户二", "IR测试细分", "SH", "rep1", "IR-P1", "1", "10"),
						List.of("IR-SO-3", "2024-05-06", "IR-O3", "订单新客户三", "", "SH", "rep1", "IR-P1", "2", "10")),
				StandardCharsets.UTF_8, false);
		String result = ImportApi.run(this.mvc, "director", "orders", "orders.csv", file, "SKIP_INVALID");
		assertThat(ImportApi.number(result, "$.rowsRejected")).isEqualTo(2);
		assertThat(JsonPath.<List<Integer>>read(result, "$.errors[*].row")).containsExactly(2, 3);
		assertThat(JsonPath.<List<String>>read(result, "$.errors[*].column")).containsExactly("区域编码", "细分市场");
		assertThat(JsonPath.<List<String>>read(result, "$.errors[*].value")).containsExactly("上海市", "IR测试细分");
		assertThat(this.jdbc.sql("select count(*) from territory where name = '上海市' or code = '上海市'")
			.query(Long.class)
			.single()).isZero();
		assertThat(
				this.jdbc.sql("select count(*) from market_segment where name = 'IR测试细分'").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("select code from customer where code like 'IR-O%'").query(String.class).list())
			.containsExactly("IR-O3");
		String preview = ImportApi.preview(this.mvc, "admin", "orders", "orders.csv", file, Map.of());
		assertThat(JsonPath.<List<String>>read(preview, "$.missing[*].value")).containsExactly("上海市", "IR测试细分");
	}

}
