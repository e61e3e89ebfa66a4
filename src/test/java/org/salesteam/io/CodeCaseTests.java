package org.salesteam.io;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
 * Issue 14, contract 3: territory, segment, customer and product codes are
 * case-insensitive wherever people type or import them — stored in upper case, found in
 * any case.
 */
@IntegrationTest
class CodeCaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void removeImportedData() throws Exception {
		ImportedLines.removeByPrefix(this.mvc, this.jdbc, "CC-SO-", "CC-C", "CC-P");
		this.jdbc.sql("delete from territory where upper(code) = 'CCWEST'").update();
		this.jdbc.sql("delete from market_segment where upper(code) = 'CCRETAIL'").update();
	}

	/**
	 * A customer file names region {@code CcWest} and segment {@code CcRetail} (new: the
	 * admin ticks "create the missing ones"); an order file writes the customer, product
	 * and region codes in other cases. One territory, segment, customer and product
	 * result; the region's sales are 2 × 50 + 3 × 10 = 130 (one order of 2024-06-03),
	 * whichever case the scope is written in.
	 */
	@Test
	void codesImportedInAnyCaseAreOneRecordFoundInAnyCase() throws Exception {
		String customers = ImportApi.run(this.mvc, "admin", "customers", "c.csv",
				ImportApi.csv(
						List.of(List.of("客户编码", "客户名称", "区域", "细分市场", "负责销售账号"),
								List.of("Cc-C1", "大小写测试客户", "CcWest", "CcRetail", "rep1")),
						StandardCharsets.UTF_8, false),
				"ALL_OR_NOTHING", CustomerImportTests.CREATE_MISSING);
		assertThat(ImportApi.number(customers, "$.rowsImported")).as(customers).isEqualTo(1);
		String orders = ImportApi.run(this.mvc, "admin", "orders", "o.csv",
				ImportApi.csv(List.of(List.of("订单编号", "订单日期", "客户编码", "区域编码", "细分市场", "销售账号", "产品编码", "数量", "单价"),
						List.of("CC-SO-1", "2024-06-03", "cc-c1", "ccwest", "ccretail", "rep1", "Cc-P1", "2", "50"),
						List.of("CC-SO-1", "2024-06-03", "CC-C1", "CCWEST", "CCRETAIL", "rep1", "cc-p2", "3", "10")),
						StandardCharsets.UTF_8, false),
				"ALL_OR_NOTHING");
		assertThat(ImportApi.number(orders, "$.rowsImported")).as(orders).isEqualTo(2);
		assertThat(this.jdbc.sql("select code from territory where upper(code) = 'CCWEST'").query(String.class).list())
			.containsExactly("CCWEST");
		assertThat(this.jdbc.sql("select code from market_segment where upper(code) = 'CCRETAIL'")
			.query(String.class)
			.list()).containsExactly("CCRETAIL");
		assertThat(this.jdbc.sql("select code from customer where upper(code) like 'CC-C%'").query(String.class).list())
			.containsExactly("CC-C1");
		assertThat(this.jdbc.sql("select code from product where upper(code) like 'CC-P%' order by code")
			.query(String.class)
			.list()).containsExactly("CC-P1", "CC-P2");
		assertThat(this.jdbc.sql("""
				select count(*) from sales_order o join territory t on t.id = o.territory_id
				join customer c on c.id = o.customer_id
				where o.order_number = 'CC-SO-1' and t.code = 'CCWEST' and c.code = 'CC-C1'
				""").query(Long.class).single()).isEqualTo(1);

		String expected = null;
		for (String scope : List.of("territory:CcWest", "territory:ccwest", "territory:CCWEST")) {
			String body = this.mvc
				.perform(get("/api/v1/kpis").param("scope", scope)
					.param("from", "2024-06-01")
					.param("to", "2024-06-30")
					.param("codes", "SALES,ORDERS")
					.header("Authorization", Tokens.bearer(this.mvc, "director")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Object> sales = JsonPath.read(body, "$.kpis[?(@.code == 'SALES')].value");
			assertThat(sales).as(scope + ": " + body).hasSize(1);
			assertThat(Double.parseDouble(sales.get(0).toString())).as(scope).isEqualTo(130.0);
			String figures = JsonPath.read(body, "$.kpis").toString();
			if (expected == null) {
				expected = figures;
			}
			assertThat(figures).as(scope).isEqualTo(expected);
		}

		// the lists find customers and products by a code typed in any case
		String found = this.mvc
			.perform(get("/api/v1/customers").param("q", "cc-c")
				.header("Authorization", Tokens.bearer(this.mvc, "director")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(found, "$.items[*].code")).containsExactly("CC-C1");
		String products = this.mvc
			.perform(get("/api/v1/products").param("q", "cc-p")
				.param("sort", "code")
				.header("Authorization", Tokens.bearer(this.mvc, "director")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(products, "$.items[*].code")).containsExactly("CC-P1", "CC-P2");
	}

}
