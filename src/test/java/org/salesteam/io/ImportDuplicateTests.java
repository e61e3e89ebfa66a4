package org.salesteam.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 20, defect 12, on import: a row that is a stored customer under another code (the
 * same name without 有限公司 and the like, or the same tax id), or an earlier row of the
 * file, is a row error naming the column and the stored customer's code — in the preview,
 * before anything is written; a blank code gets the next automatic code. The same holds
 * for the customers an order file would create (its customer code unknown), by name.
 */
@IntegrationTest
class ImportDuplicateTests {

	private static final List<String> HEADER = List.of("客户编码", "客户名称", "统一社会信用代码", "年采购潜力（元）", "负责销售账号");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void storeACustomer() throws Exception {
		removeImported();
		this.mvc.perform(post("/api/v1/customers").header("Authorization", Tokens.bearer(this.mvc, "admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"ID-1\",\"name\":\"嘉兴导入查重包装有限公司\",\"taxId\":\"91330400ID0000001A\","
					+ "\"potential\":100000,\"ownerUsername\":\"rep1\"}"));
	}

	@AfterEach
	void removeImported() {
		this.jdbc.sql("delete from sales_order where order_number like 'ID-SO-%'").update();
		this.jdbc.sql("delete from product where code like 'ID-P%'").update();
		this.jdbc
			.sql("delete from kpi_sales_day where customer_id in (select id from customer where name like '%导入查重%')")
			.update();
		this.jdbc.sql(
				"delete from kpi_customer_first where customer_id in (select id from customer where name like '%导入查重%')")
			.update();
		this.jdbc.sql("delete from customer where name like '%导入查重%'").update();
	}

	@Test
	void aStoredCompanyUnderAnotherCodeOrTwiceInTheFileIsARowErrorBeforeWriting() throws Exception {
		byte[] file = ImportApi.csv(List.of(HEADER,
				// line 2: the stored customer written another way, under another code
				List.of("ID-2", "嘉兴 导入查重包装（集团）有限责任公司", "", "", ""),
				// line 3: the stored customer's tax id
				List.of("ID-3", "别的名字导入查重", "91330400ID0000001A", "", ""),
				// line 4: new, no code
				List.of("", "湖州导入查重印刷有限公司", "", "50000", "rep1"),
				// line 5: the same company as line 4
				List.of("", "湖州导入查重印刷股份有限公司", "", "", "rep1"),
				// line 6: the stored customer under its own code: an update, no duplicate
				List.of("ID-1", "嘉兴导入查重包装有限公司", "", "200000", "")), StandardCharsets.UTF_8, false);
		String preview = ImportApi.preview(this.mvc, "manager1", "customers", "dup.csv", file, Map.of());
		assertThat(JsonPath.<List<Integer>>read(preview, "$.errors[*].row")).containsExactly(2, 3, 5);
		assertThat(JsonPath.<List<String>>read(preview, "$.errors[*].column")).containsExactly("客户名称", "统一社会信用代码",
				"客户名称");
		assertThat(JsonPath.<String>read(preview, "$.errors[0].message")).contains("ID-1");
		assertThat(JsonPath.<String>read(preview, "$.errors[1].message")).contains("ID-1");
		assertThat(JsonPath.<String>read(preview, "$.errors[2].message")).contains("第 4 行");
		assertThat(ImportApi.number(preview, "$.rowsCreated")).isEqualTo(1);
		assertThat(ImportApi.number(preview, "$.rowsUpdated")).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from customer where name like '%导入查重%'").query(Long.class).single())
			.isOne();
		String result = ImportApi.run(this.mvc, "manager1", "customers", "dup.csv", file, "SKIP_INVALID");
		assertThat(ImportApi.number(result, "$.rowsCreated")).isEqualTo(1);
		assertThat(ImportApi.number(result, "$.rowsRejected")).isEqualTo(3);
		assertThat(this.jdbc.sql("select code from customer where name = '湖州导入查重印刷有限公司'").query(String.class).single())
			.matches("KH-\\d{4}-\\d{5,}");
	}

	@Test
	void anotherRepsCustomerIsNamedOnlyAsTakenWithoutItsCode() throws Exception {
		byte[] file = ImportApi.csv(List.of(HEADER, List.of("ID-4", "嘉兴导入查重包装有限公司", "", "", "")),
				StandardCharsets.UTF_8, false);
		String preview = ImportApi.preview(this.mvc, "manager3", "customers", "dup.csv", file, Map.of());
		assertThat(JsonPath.<String>read(preview, "$.errors[0].column")).isEqualTo("客户名称");
		assertThat(JsonPath.<String>read(preview, "$.errors[0].message")).contains("其他销售").doesNotContain("ID-1");
	}

	/**
	 * An order file: a customer it would create that is the stored ID-1 under another
	 * code, or the new customer of an earlier row under another code, is a row error on
	 * the customer name naming ID-1 or the line, as in the customer import; rows naming
	 * ID-1 or repeating a new customer's code are not checked. 3 of 5 rows pass.
	 */
	@Test
	void anOrderFilesNewCustomerThatIsAStoredOneOrAnEarlierRowsUnderAnotherCodeIsARowError() throws Exception {
		List<String> header = List.of("订单编号", "订单日期", "客户编码", "客户名称", "销售账号", "产品编码", "数量", "单价");
		byte[] file = ImportApi.csv(List.of(header,
				// line 2: the stored 嘉兴导入查重包装有限公司 without 有限公司, under a new code
				List.of("ID-SO-1", "2024-06-03", "ID-N1", "嘉兴导入查重包装", "rep1", "ID-P1", "2", "50"),
				// line 3: a new customer
				List.of("ID-SO-2", "2024-06-03", "ID-N2", "苏州导入查重彩印有限公司", "rep1", "ID-P1", "1", "50"),
				// line 4: line 3's company written another way, under another code
				List.of("ID-SO-3", "2024-06-04", "ID-N3", "苏州 导入查重彩印（集团）股份有限公司", "rep1", "ID-P1", "1", "50"),
				// line 5: line 3's customer again, under its code
				List.of("ID-SO-4", "2024-06-04", "ID-N2", "苏州导入查重彩印有限公司", "rep1", "ID-P1", "3", "50"),
				// line 6: the stored customer under its own code
				List.of("ID-SO-5", "2024-06-05", "ID-1", "嘉兴导入查重包装", "rep1", "ID-P1", "4", "50")),
				StandardCharsets.UTF_8, false);
		String preview = ImportApi.preview(this.mvc, "admin", "orders", "dup-orders.csv", file, Map.of());
		assertThat(JsonPath.<List<Integer>>read(preview, "$.errors[*].row")).containsExactly(2, 4);
		assertThat(JsonPath.<List<String>>read(preview, "$.errors[*].column")).containsExactly("客户名称", "客户名称");
		assertThat(JsonPath.<String>read(preview, "$.errors[0].message")).contains("编码 ID-1");
		assertThat(JsonPath.<String>read(preview, "$.errors[1].message")).contains("第 3 行");
		assertThat(ImportApi.number(preview, "$.rowsCreated")).isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from customer where name like '%导入查重%'").query(Long.class).single())
			.isOne();
		String result = ImportApi.run(this.mvc, "admin", "orders", "dup-orders.csv", file, "SKIP_INVALID");
		assertThat(ImportApi.number(result, "$.rowsCreated")).isEqualTo(3);
		assertThat(ImportApi.number(result, "$.rowsRejected")).isEqualTo(2);
		assertThat(this.jdbc.sql("select c.code || ' ' || o.order_number from sales_order o "
				+ "join customer c on c.id = o.customer_id where o.order_number like 'ID-SO-%' order by o.order_number")
			.query(String.class)
			.list()).containsExactly("ID-N2 ID-SO-2", "ID-N2 ID-SO-4", "ID-1 ID-SO-5");
	}

}
