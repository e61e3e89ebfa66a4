package org.salesteam.io;

import java.nio.charset.StandardCharsets;
import java.util.List;

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
 * Products through {@code POST /api/v1/imports} (kind {@code products}): created,
 * unchanged on a second run, a name changed later in the file wins, and the export
 * imports again without changes.
 */
@IntegrationTest
class ProductImportTests {

	static final List<List<String>> FOUR = List.of(List.of("产品编码", "产品名称", "产品类别", "单位", "标准售价", "标准成本", "是否在售"),
			List.of("it-q1", "测试彩盒", "测试新类别", "个", "3.85", "2.6", "是"),
			List.of("IT-Q2", "测试不干胶标签", "测试新类别", "张", "0.085", "0.0421", ""),
			List.of("IT-Q3", "测试画册", "", "", "", "", "否"), List.of("IT-Q2", "测试不干胶标签（防伪）", "", "", "", "", ""));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void removeImportedProducts() {
		this.jdbc.sql("delete from product where code like 'IT-Q%'").update();
	}

	@Test
	void productsAreCreatedLaterRowsWinAndAgainNothingChanges() throws Exception {
		byte[] file = ImportApi.csv(FOUR, StandardCharsets.UTF_8, false);
		String first = ImportApi.run(this.mvc, "director", "products", "p.csv", file, "ALL_OR_NOTHING");
		// rows 2–4 create, row 5 changes IT-Q2's name
		assertThat(counts(first)).containsExactly(4, 4, 0, 0);
		assertThat(this.jdbc.sql(
				"select code || '|' || name || '|' || category || '|' || unit || '|' || case when active then 'Y' else 'N' end "
						+ "from product where code like 'IT-Q%' order by code")
			.query(String.class)
			.list()).containsExactly("IT-Q1|测试彩盒|测试新类别|个|Y", "IT-Q2|测试不干胶标签（防伪）|测试新类别|张|Y", "IT-Q3|测试画册|未分类|件|N");
		assertThat(this.jdbc.sql("select standard_cost from product where code = 'IT-Q2'")
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("0.0421");
		String again = ImportApi.run(this.mvc, "director", "products", "p.csv", file, "ALL_OR_NOTHING");
		assertThat(counts(again)).containsExactly(4, 0, 4, 0);
		assertThat(
				this.jdbc.sql("select max(version) from product where code like 'IT-Q%'").query(Integer.class).single())
			.isEqualTo(0);
		byte[] export = this.mvc
			.perform(get("/api/v1/products/export").param("format", "xlsx")
				.param("q", "IT-Q")
				.header("Authorization", Tokens.bearer(this.mvc, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(counts(ImportApi.run(this.mvc, "admin", "products", "export.xlsx", export, "ALL_OR_NOTHING")))
			.containsExactly(3, 0, 3, 0);
	}

	private List<Integer> counts(String json) {
		return List.of(ImportApi.number(json, "$.rowsRead"), ImportApi.number(json, "$.rowsImported"),
				ImportApi.number(json, "$.rowsUnchanged"), ImportApi.number(json, "$.rowsRejected"));
	}

}
