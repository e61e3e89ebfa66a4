package org.salesteam.sales;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sales pages: lists with htmx partials, forms with translated errors, 303 after
 * POST.
 */
@IntegrationTest
class SalesPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long customer;

	private long product;

	@BeforeEach
	void createCustomer() throws Exception {
		this.customer = SalesApi.customer(this.mvc, "扬州页面测试食品有限公司", "rep1", 5000);
		this.product = SalesApi.product(this.jdbc, "CH-003");
	}

	@Test
	void anOrderPlacedOnThePageRedirectsWith303AndShowsOnTheLists() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		String location = this.mvc
			.perform(post("/orders").session(rep1)
				.with(csrf())
				.param("customerId", String.valueOf(this.customer))
				.param("lines[0].productId", String.valueOf(this.product))
				.param("lines[0].quantity", "100")
				.param("lines[0].discountPercent", "5"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", startsWith("/orders/")))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		// 100 × 22.00 × 0.95 = 2,090.00
		this.mvc.perform(get(location).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("¥2,090.00")))
			.andExpect(content().string(containsString("订单已提交。")));
		this.mvc.perform(get("/orders").param("q", "扬州页面测试").session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("扬州页面测试食品有限公司")))
			.andExpect(content().string(containsString("id=\"navOrders\"")));
		this.mvc.perform(get("/orders").param("q", "扬州页面测试").header("HX-Request", "true").session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div id=\"orderResults\"")));
		this.mvc.perform(get("/customers/" + this.customer + "/sales").session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"customerOrders\"")))
			.andExpect(content().string(containsString("¥2,090.00")));
	}

	@Test
	void anOrderOverTheLimitComesBackWithTheReasonAndWritesNothing() throws Exception {
		long before = SalesApi.orders(this.jdbc);
		this.mvc
			.perform(post("/orders").session(signIn("rep1"))
				.with(csrf())
				.param("customerId", String.valueOf(this.customer))
				.param("lines[0].productId", String.valueOf(this.product))
				.param("lines[0].quantity", "1000")
				.param("lines[1].quantity", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("必须大于 0。")));
		this.mvc
			.perform(post("/orders").session(signIn("rep1"))
				.with(csrf())
				.param("customerId", String.valueOf(this.customer))
				.param("lines[0].productId", String.valueOf(this.product))
				.param("lines[0].quantity", "1000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超出信用额度")))
			.andExpect(content().string(containsString("¥22,000.00")));
		assertThat(SalesApi.orders(this.jdbc)).isEqualTo(before);
	}

	@Test
	void opportunitiesAreListedOnABoardAndMovedOnTheirPage() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		String location = this.mvc
			.perform(post("/opportunities").session(rep1)
				.with(csrf())
				.param("customerId", String.valueOf(this.customer))
				.param("name", "扬州茶叶礼盒项目")
				.param("amount", "88000")
				.param("competitors", "裕同科技，当地小印刷厂"))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(location).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("销售机会已保存。")));
		this.mvc.perform(post(location + "/stage").session(rep1).with(csrf()).param("stage", "QUOTE"))
			.andExpect(status().isSeeOther());
		this.mvc.perform(get(location).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("报价/投标")))
			.andExpect(content().string(containsString("当地小印刷厂")))
			.andExpect(content().string(containsString("阶段已更新。")));
		this.mvc.perform(get("/opportunities").param("view", "board").session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("扬州茶叶礼盒项目")));
		this.mvc.perform(post(location + "/stage").session(rep1).with(csrf()).param("stage", "LOST"))
			.andExpect(status().isSeeOther());
		this.mvc.perform(get(location).session(rep1)).andExpect(content().string(containsString("丢单必须填写原因。")));
		this.mvc.perform(get("/opportunities").param("lang", "en").session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Opportunities")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void productsAreReadByEveryoneAndEditedByDirectorsOnly() throws Exception {
		this.mvc.perform(get("/products").param("q", "信封").session(signIn("rep1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("信封（牛皮纸印 logo）")))
			.andExpect(content().string(not(containsString("id=\"newProduct\""))));
		this.mvc.perform(get("/products/new").session(signIn("rep1"))).andExpect(status().isForbidden());
		MockHttpSession director = signIn("director");
		this.mvc
			.perform(post("/products").session(director)
				.with(csrf())
				.param("code", "")
				.param("name", "页面测试产品")
				.param("category", "商务印刷")
				.param("unit", "本")
				.param("listPrice", "10")
				.param("standardCost", "6"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("必填。")));
		this.mvc
			.perform(post("/products").session(director)
				.with(csrf())
				.param("code", "pg-test-1")
				.param("name", "页面测试产品")
				.param("category", "商务印刷")
				.param("unit", "本")
				.param("listPrice", "10")
				.param("standardCost", "6")
				.param("active", "true"))
			.andExpect(status().isSeeOther());
		assertThat(this.jdbc.sql("select name from product where code = 'PG-TEST-1'").query(String.class).single())
			.isEqualTo("页面测试产品");
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
