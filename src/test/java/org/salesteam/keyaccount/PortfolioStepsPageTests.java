package org.salesteam.keyaccount;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The portfolio's working pages (ADR 0041): the demo's scales, lock and forecast on the
 * matrix page, and one account's scoring form — pre-filled from the data, saved as the
 * scorer's sheet, with the three-year forecast — on a portfolio the test makes.
 */
@IntegrationTest
class PortfolioStepsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoMatrixShowsScalesForecastsAndLastYearLocked() throws Exception {
		long[] ids = this.jdbc.sql("""
				select p.id from ka_portfolio p join app_user u on u.id = p.owner_id
				where u.username = 'manager1' and p.name like '华东一部重点客户组合%' order by p.portfolio_year""")
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		assertThat(ids).hasSize(2);
		String now = page(session("manager1"), "/key-accounts/portfolios/" + ids[1]);
		assertThat(now).contains("id=\"scalesCard\"")
			.contains("销售增长（%）")
			.contains("按合同账期准时付款")
			.contains("id=\"lockForm\"")
			// the demo's fourth forecast: AA 9 − 3 = 6 ≥ 5, RS (14 − 6) ÷ 10 = 0.8 < 1
			.contains("明星型（选择性投资） · 600,000");
		String before = page(session("manager1"), "/key-accounts/portfolios/" + ids[0]);
		assertThat(before).contains("id=\"lockedBadge\"")
			.doesNotContain("id=\"lockForm\"")
			.doesNotContain("id=\"unlockForm\"");
		assertThat(page(session("director"), "/key-accounts/portfolios/" + ids[0])).contains("id=\"unlockForm\"");
		assertThat(page(session("manager1"), "/key-accounts/portfolios/" + ids[1] + "?lang=en"))
			.contains("Scoring scales")
			.contains("Sales growth (%)");
	}

	@Test
	void aManagerScoresAnAccountFromThePreFilledForm() throws Exception {
		KeyAccountCalls api = new KeyAccountCalls(this.mvc);
		long customer = api.customer("rep1", "页面评分客户");
		long id = KeyAccountCalls.id(api.call("manager1", post("/api/v1/portfolios"), """
				{"name":"页面评分","year":2032,"scope":"keyaccounts:page"}""").andReturn());
		String base = "/api/v1/portfolios/" + id;
		api.call("manager1", put(base + "/accounts"), "[" + customer + "]");
		api.call("manager1", put(base + "/factors"), """
				[{"name":"潜力","weight":60},{"name":"战略契合","weight":40}]""");
		api.call("manager1", put(base + "/success-factors"), """
				[{"name":"价格","weight":100}]""");
		// potential ¥900,000 → 8
		api.call("manager1", put(base + "/scales"),
				"""
						[{"factor":"潜力","measure":"POTENTIAL","bands":[{"score":4,"upper":500000},{"score":8,"lower":500000}]}]""");
		MockHttpSession manager = session("manager1");
		String sheet = "/key-accounts/portfolios/" + id + "/accounts/" + customer;
		String form = page(manager, sheet);
		assertThat(form).contains("id=\"scoringForm\"").contains("年采购潜力（元）: 900000").contains("value=\"8.0\"");
		MvcResult saved = this.mvc
			.perform(post(sheet + "/scores").param("scorer", "销售部")
				.param("factor", "潜力", "战略契合")
				.param("score", "8", "5")
				.param("success", "价格")
				.param("us", "6")
				.param("best", "4")
				.with(csrf())
				.session(manager))
			.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(303);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/key-accounts/portfolios/" + id);
		// AA = (60·8 + 40·5) ÷ 100 = 6.8, RS = 6 ÷ 4 = 1.5 → STRATEGIC
		assertThat(page(manager, "/key-accounts/portfolios/" + id)).contains("6.8")
			.contains("1.5")
			.contains("战略型（投资发展）");
		MvcResult outOfRange = this.mvc
			.perform(post(sheet + "/forecast").param("attractiveness", "12")
				.param("relativeStrength", "1")
				.param("sales", "1")
				.with(csrf())
				.session(manager))
			.andReturn();
		assertThat(outOfRange.getResponse().getStatus()).isEqualTo(303);
		assertThat(outOfRange.getResponse().getRedirectedUrl()).isEqualTo(sheet);
		assertThat((String) outOfRange.getFlashMap().get("error")).isEqualTo("评分必须在0到10之间");
		assertThat(this.jdbc.sql("select count(*) from ka_portfolio_forecast where portfolio_id = :p")
			.param("p", id)
			.query(Long.class)
			.single()).isZero();
		this.mvc
			.perform(post(sheet + "/forecast").param("attractiveness", "4")
				.param("relativeStrength", "1.5")
				.param("sales", "800000")
				.with(csrf())
				.session(manager))
			.andReturn();
		// AA 4 < 5 and RS 1.5 ≥ 1 → STATUS
		assertThat(page(manager, "/key-accounts/portfolios/" + id)).contains("维持型（保持现状） · 800,000");
		this.mvc.perform(post("/key-accounts/portfolios/" + id + "/lock").with(csrf()).session(manager)).andReturn();
		assertThat(page(manager, "/key-accounts/portfolios/" + id)).contains("id=\"lockedBadge\"")
			.doesNotContain(sheet + "\"");
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return new KeyAccountCalls(this.mvc).page(session, path);
	}

	private MockHttpSession session(String user) throws Exception {
		return new KeyAccountCalls(this.mvc).session(user);
	}

}
