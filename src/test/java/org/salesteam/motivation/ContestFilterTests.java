package org.salesteam.motivation;

import java.math.BigDecimal;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * KPI filters of a contest (ADR 0046), worked by hand in June 2017, a month the demo has
 * no data in. One rep sells to a customer won in June (first order on the 5th: 2 boxes of
 * the 彩盒包装 category at ¥100 and 1 item of another category at ¥50) and to a customer won
 * in May (on the 10th of June: 1 box at ¥1,000). Filtered to 彩盒包装 her SALES are 200 +
 * 1,000 = ¥1,200 and her ORDERS 2; filtered to new customers only her SALES are 200 + 50
 * = ¥250 — each equal to the order lines summed in SQL under the same filter. A KPI that
 * cannot be filtered, an unknown filter and a class other than A/B/C are 422 naming the
 * filter.
 */
@IntegrationTest
class ContestFilterTests {

	private static final String FROM = "2017-06-01";

	private static final String TO = "2017-06-30";

	private static final String CATEGORY = "彩盒包装";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header("Authorization", Tokens.bearer(this.mvc, user)));
	}

	private ResultActions create(String kpi, String rep, String filters) throws Exception {
		String body = """
				{"name":"筛选测试","kpiCode":"%s","from":"%s","to":"%s","scoring":"ABSOLUTE","prizeMode":"TOP_N",
				 "topN":1,"participants":{"usernames":["%s"]},"filters":%s}
				""".formatted(kpi, FROM, TO, rep, filters);
		return call("director", post("/api/v1/contests").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private BigDecimal value(String kpi, String rep, String filters) throws Exception {
		String created = create(kpi, rep, filters).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		call(rep, get("/api/v1/contests/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.filters").isMap());
		String board = call(rep, get("/api/v1/contests/" + id + "/leaderboard")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new BigDecimal(JsonPath.read(board, "$.rows[0].value").toString());
	}

	private BigDecimal sqlSales(String rep, String filter) {
		return this.jdbc.sql("""
				select coalesce(sum(l.net_amount), 0) from sales_order o join order_line l on l.order_id = o.id
				join product p on p.id = l.product_id join customer c on c.id = o.customer_id
				join app_user u on u.id = o.owner_id
				where u.username = :rep and o.status in ('CONFIRMED', 'DELIVERED')
				  and o.order_date >= cast(:from as date) and o.order_date <= cast(:to as date) and
				""" + " " + filter)
			.param("rep", rep)
			.param("from", FROM)
			.param("to", TO)
			.param("category", CATEGORY)
			.query(BigDecimal.class)
			.single();
	}

	@Test
	void theFilteredValueIsTheSalesOfThatPart() throws Exception {
		String rep = this.jdbc.sql("""
				select min(u.username) from app_user u join sales_team t on t.id = u.team_id
				join app_user m on m.id = t.manager_id where m.username = 'manager2' and u.username like 'rep%'
				  and u.active = true
				""").query(String.class).single();
		long box = this.jdbc.sql("select id from product where code = 'CH-006'").query(Long.class).single();
		assertThat(this.jdbc.sql("select category from product where id = :id")
			.param("id", box)
			.query(String.class)
			.single()).isEqualTo(CATEGORY);
		long other = this.jdbc.sql("select min(id) from product where category <> :c")
			.param("c", CATEGORY)
			.query(Long.class)
			.single();
		long wonInJune = TestOrders.customer(this.mvc, "筛选测试新客户", rep);
		long wonInMay = TestOrders.customer(this.mvc, "筛选测试老客户", rep);
		TestOrders.order(this.mvc, rep, wonInMay, "2017-05-20", other, 1, 70);
		TestOrders.order(this.mvc, rep, wonInJune, "2017-06-05", box, 2, 100, other, 1, 50);
		TestOrders.order(this.mvc, rep, wonInMay, "2017-06-10", box, 1, 1000);

		BigDecimal byCategory = value("SALES", rep, "{\"productCategory\":\"" + CATEGORY + "\"}");
		assertThat(byCategory).isEqualByComparingTo("1200");
		assertThat(byCategory).isEqualByComparingTo(sqlSales(rep, "p.category = :category"));
		BigDecimal newOnly = value("SALES", rep, "{\"newCustomersOnly\":true}");
		assertThat(newOnly).isEqualByComparingTo("250");
		assertThat(newOnly).isEqualByComparingTo(
				sqlSales(rep, "c.first_order_date >= cast(:from as date) and c.first_order_date <= cast(:to as date)"));
		assertThat(value("ORDERS", rep, "{\"productCategory\":\"" + CATEGORY + "\"}")).isEqualByComparingTo("2");
		assertThat(value("SALES", rep, "{}")).isEqualByComparingTo("1250");
	}

	@Test
	void whatCannotBeFilteredIsRefusedNamingTheFilter() throws Exception {
		for (List<String> refused : List.of(
				List.of("VISITS", "{\"productCategory\":\"" + CATEGORY + "\"}", "filters.productCategory"),
				List.of("SALES", "{\"customerClass\":\"D\"}", "filters.customerClass"),
				List.of("SALES", "{\"colour\":\"red\"}", "filters.colour"),
				List.of("WIN_RATE", "{\"newCustomersOnly\":true}", "filters.newCustomersOnly"))) {
			create(refused.get(0), "rep1", refused.get(1)).andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.errors[0].field").value(refused.get(2)));
		}
	}

	@Test
	void theDesignerTakesFiltersAndTheContestShowsThem() throws Exception {
		MockHttpSession manager = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("manager1").password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		String refused = this.mvc.perform(designed(manager, "VISITS").param("filterCategory", CATEGORY))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("formErrors", "只有销售额、毛利和订单数可以按产品类别");
		String location = this.mvc
			.perform(designed(manager, "PROFIT").param("filterClass", "A").param("filterNewCustomers", "true"))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String page = this.mvc.perform(get(location + "?lang=zh-CN").session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("contestFilters", "客户等级 A", "只算新客户");
	}

	private MockHttpServletRequestBuilder designed(MockHttpSession session, String kpi) {
		return post("/contests").session(session)
			.with(csrf())
			.param("name", "筛选表单赛")
			.param("kpiCode", kpi)
			.param("from", "2031-10-01")
			.param("to", "2031-10-28")
			.param("scoring", "ABSOLUTE")
			.param("prizeMode", "TOP_N")
			.param("topN", "3")
			.param("usernames", "rep1,rep2");
	}

}
