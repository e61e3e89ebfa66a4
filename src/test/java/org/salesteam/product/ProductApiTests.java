package org.salesteam.product;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The product API: read by everyone signed in, written by admins and directors. */
@IntegrationTest
class ProductApiTests {

	private static final String BODY = """
			{"code":"%s","name":"%s","category":"不干胶标签","unit":"千张","listPrice":120.5,"standardCost":70.25%s}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoCatalogueIsReadByEveryRole() throws Exception {
		this.mvc
			.perform(get("/api/v1/products").param("category", "瓦楞纸箱")
				.header("Authorization", Tokens.bearer(this.mvc, "support1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()", greaterThanOrEqualTo(6)))
			.andExpect(jsonPath("$.items[0].category").value("瓦楞纸箱"));
		this.mvc
			.perform(get("/api/v1/products").param("q", "ch-00")
				.param("sort", "code")
				.header("Authorization", Tokens.bearer(this.mvc, "rep1")))
			.andExpect(jsonPath("$.items[0].code").value("CH-001"));
	}

	@Test
	void aRepMayNotAddProducts() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/api/v1/products").header("Authorization", Tokens.bearer(this.mvc, "rep1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY.formatted("PT-REP", "代表添加", "")))
			.andExpect(status().isForbidden());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aDirectorAddsAndChangesProductsWithUniqueCodesAndVersions() throws Exception {
		String director = Tokens.bearer(this.mvc, "director");
		String created = this.mvc
			.perform(post("/api/v1/products").header("Authorization", director)
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY.formatted("pt-1", "测试防伪标签", "")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("PT-1"))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		this.mvc
			.perform(post("/api/v1/products").header("Authorization", director)
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY.formatted("PT-1", "重复", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		this.mvc
			.perform(put("/api/v1/products/" + id).header("Authorization", director)
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY.formatted("PT-1", "测试防伪标签（新版）", ",\"version\":0,\"active\":false")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/products/" + id).header("Authorization", director)
				.contentType(MediaType.APPLICATION_JSON)
				.content(BODY.formatted("PT-1", "过时", ",\"version\":0")))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/products").header("Authorization", director)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"PT-2\",\"name\":\"\",\"listPrice\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'listPrice')].message").value("不能小于 0。"));
		this.mvc.perform(get("/api/v1/products/999999").header("Authorization", director))
			.andExpect(status().isNotFound());
	}

	private long count() {
		return this.jdbc.sql("select count(*) from product").query(Long.class).single();
	}

}
