package org.salesteam.sales;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /order-lines}: one row per visible line, filtered by customer, product category
 * and search, with htmx partials, the export link carrying the filters, and a link from
 * the orders page. rep1's customer buys a product of one category and a product of
 * another in one order; rep11's customer buys too.
 */
@IntegrationTest
class OrderLinePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long own;

	private String ownOrder;

	private String foreignOrder;

	private String productA;

	private String productB;

	private String categoryA;

	@BeforeEach
	void orders() throws Exception {
		this.own = SalesApi.customer(this.mvc, "泰州明细测试纸品有限公司", "rep1", 0);
		long foreign = SalesApi.customer(this.mvc, "汕头明细测试玩具有限公司", "rep11", 0);
		var products = this.jdbc.sql("""
				select p.id, p.code, p.category from product p
				where p.active = true and p.id in (select min(id) from product where active = true group by category)
				order by p.category
				""").query().listOfRows();
		assertThat(products).hasSizeGreaterThanOrEqualTo(2);
		long a = ((Number) products.get(0).get("id")).longValue();
		long b = ((Number) products.get(1).get("id")).longValue();
		this.productA = (String) products.get(0).get("code");
		this.productB = (String) products.get(1).get("code");
		this.categoryA = (String) products.get(0).get("category");
		String body = SalesApi.post(this.mvc, "rep1", "/api/v1/orders",
				"{\"customerId\":%d,\"lines\":[{\"productId\":%d,\"quantity\":3,\"unitPrice\":10},{\"productId\":%d,\"quantity\":4,\"unitPrice\":20}]}"
					.formatted(this.own, a, b))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.ownOrder = JsonPath.read(body, "$.number");
		this.foreignOrder = JsonPath.read(SalesApi.order(this.mvc, "rep11", foreign, a, "5", "10", null)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.number");
	}

	@Test
	void aRepSeesTheLinesOfTheirCustomerOnlyAndFiltersThemByCategory() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		String all = page(rep1, "/order-lines?customerId=" + this.own);
		assertThat(all).contains(this.ownOrder + " / 1")
			.contains(this.ownOrder + " / 2")
			.contains(this.productA)
			.contains(this.productB)
			// 3 × 10 and 4 × 20
			.contains("¥30.00")
			.contains("¥80.00");
		String category = page(rep1, "/order-lines?customerId=" + this.own + "&category=" + this.categoryA);
		assertThat(category).contains(this.ownOrder + " / 1").doesNotContain(this.ownOrder + " / 2");
		assertThat(category).contains("category=");
		// another rep's order is not there, even when searched for
		assertThat(page(rep1, "/order-lines?q=" + this.foreignOrder)).doesNotContain(this.foreignOrder + " / 1")
			.contains("没有符合条件的订单明细");
		assertThat(page(signIn("rep11"), "/order-lines?q=" + this.foreignOrder)).contains(this.foreignOrder + " / 1");
	}

	@Test
	void htmxGetsOnlyTheResultsAndTheOrdersPageLinksHere() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		String partial = this.mvc
			.perform(get("/order-lines").param("q", this.ownOrder).header("HX-Request", "true").session(rep1))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(partial).contains(this.ownOrder + " / 2")
			.doesNotContain("<html")
			.contains("id=\"exportOrderLines\"");
		assertThat(page(rep1, "/orders")).contains("id=\"orderLinesLink\"").contains("href=\"/order-lines");
	}

	@Test
	void theExportOfTheFilteredLinesHoldsExactlyThem() throws Exception {
		String csv = this.mvc
			.perform(get("/exports/order-lines").param("format", "csv")
				.param("customerId", String.valueOf(this.own))
				.param("category", this.categoryA)
				.session(signIn("rep1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// one header row and the one line of category A
		assertThat(csv.strip().lines().count()).isEqualTo(2);
		assertThat(csv).contains(this.productA).doesNotContain(this.productB);
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
