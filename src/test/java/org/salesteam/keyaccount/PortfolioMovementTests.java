package org.salesteam.keyaccount;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The snapshot per year: each row of the matrix carries where the account stood in last
 * year's portfolio of the same scope, computed from that portfolio's scores (worked by
 * hand), and only from a portfolio the user sees.
 */
@IntegrationTest
class PortfolioMovementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private KeyAccountCalls api;

	@BeforeEach
	void calls() {
		this.api = new KeyAccountCalls(this.mvc);
	}

	private long portfolio(String manager, int year, long account, String scores) throws Exception {
		String body = this.api.call(manager, post("/api/v1/portfolios"), """
				{"name":"移动测试","year":%d,"scope":"movement:test"}""".formatted(year))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String base = "/api/v1/portfolios/" + id;
		this.api.call(manager, put(base + "/accounts"), "[" + account + "]").andExpect(status().isOk());
		this.api.call(manager, put(base + "/factors"), """
				[{"name":"volume","weight":50},{"name":"margin","weight":50}]""").andExpect(status().isOk());
		this.api.call(manager, put(base + "/success-factors"), """
				[{"name":"price","weight":100}]""").andExpect(status().isOk());
		this.api.call(manager, put(base + "/accounts/" + account + "/scores"), scores).andExpect(status().isOk());
		return id;
	}

	@Test
	void eachAccountShowsWhereItStoodLastYear() throws Exception {
		long account = this.jdbc.sql("""
				select c.id from customer c join app_user u on u.id = c.owner_id
				where u.username = 'rep6' order by c.id fetch first 1 rows only""").query(Long.class).single();
		// last year: AA = (50·4 + 50·2) ÷ 100 = 3.0, RS = 6 ÷ 4 = 1.5 → STATUS
		portfolio("manager2", 2025, account, """
				{"factors":{"volume":4,"margin":2},"successFactors":{"price":{"us":6,"best":4}}}""");
		// this year: AA = (50·8 + 50·6) ÷ 100 = 7.0, RS = 3 ÷ 6 = 0.5 → STAR
		long now = portfolio("manager2", 2026, account, """
				{"factors":{"volume":8,"margin":6},"successFactors":{"price":{"us":3,"best":6}}}""");
		this.api.call("manager2", get("/api/v1/portfolios/" + now + "/matrix"), null)
			.andExpect(jsonPath("$.rows[0].box").value("STAR"))
			.andExpect(jsonPath("$.rows[0].attractiveness").value(7.0))
			.andExpect(jsonPath("$.rows[0].previous.box").value("STATUS"))
			.andExpect(jsonPath("$.rows[0].previous.attractiveness").value(3.0))
			.andExpect(jsonPath("$.rows[0].previous.relativeStrength").value(1.5));
		// the chart's arrow runs from last year's point (RS 1.5, AA 3.0) to this year's
		// (0.5, 7.0)
		org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession) this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/login")
				.user("manager2")
				.password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/key-accounts/portfolios/" + now + "/chart").session(session))
			.andExpect(jsonPath("$.series[1].type").value("lines"))
			.andExpect(jsonPath("$.series[1].data[0].coords[0][0]").value(1.5))
			.andExpect(jsonPath("$.series[1].data[0].coords[0][1]").value(3.0))
			.andExpect(jsonPath("$.series[1].data[0].coords[1][0]").value(0.5))
			.andExpect(jsonPath("$.series[1].data[0].coords[1][1]").value(7.0));

		// another manager's portfolio of the same scope and year before is not theirs to
		// compare with
		long account2 = this.jdbc.sql("""
				select c.id from customer c join app_user u on u.id = c.owner_id
				where u.username = 'rep1' order by c.id fetch first 1 rows only""").query(Long.class).single();
		long other = portfolio("manager1", 2027, account2, """
				{"factors":{"volume":8,"margin":6},"successFactors":{"price":{"us":3,"best":6}}}""");
		this.api.call("manager1", get("/api/v1/portfolios/" + other + "/matrix"), null)
			.andExpect(jsonPath("$.rows[0].previous").value(nullValue()));
	}

}
