package org.salesteam.keyaccount;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The factors-and-scales page (steps ①–④ and ⑥, ADR 0052): a manager creates a portfolio,
 * lists accounts, sets factors and weights (Σ ≠ 100 refused with nothing written), a
 * judged and a measured scale (overlapping bands refused), the success factors; a locked
 * portfolio is read-only; another team's manager gets 404; and the service routing page
 * is read-only but for directors.
 */
@IntegrationTest
class PortfolioSetupPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private MvcResult send(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).session(session)).andReturn();
	}

	private long factorRows(long portfolio) {
		return this.jdbc.sql("select count(*) from ka_portfolio_factor where portfolio_id = :p")
			.param("p", portfolio)
			.query(Long.class)
			.single();
	}

	@Test
	void aManagerDefinesFactorsWeightsAndScalesOnThePage() throws Exception {
		KeyAccountCalls api = new KeyAccountCalls(this.mvc);
		long first = api.customer("rep1", "页面因素客户甲");
		long second = api.customer("rep2", "页面因素客户乙");
		MockHttpSession manager = api.session("manager1");
		MvcResult created = send(manager,
				post("/key-accounts/portfolios").param("name", "页面因素组合")
					.param("year", "2033")
					.param("scope", "keyaccounts:setup-page"));
		assertThat(created.getResponse().getStatus()).isEqualTo(303);
		String setup = created.getResponse().getRedirectedUrl();
		assertThat(setup).matches("/key-accounts/portfolios/\\d+/setup");
		long id = Long.parseLong(setup.split("/")[3]);

		MvcResult accounts = send(manager,
				post(setup + "/accounts").param("customerId", String.valueOf(first), String.valueOf(second)));
		assertThat(accounts.getResponse().getRedirectedUrl()).isEqualTo(setup + "#accounts");
		assertThat(api.page(manager, setup)).contains("页面因素客户甲").contains("页面因素客户乙");

		// 50 + 40 = 90: refused on the page, nothing written
		MvcResult ninety = send(manager,
				post(setup + "/factors").param("kind", "ATTRACTIVENESS")
					.param("name", "年采购潜力", "战略契合", "")
					.param("weight", "50", "40", ""));
		assertThat((String) ninety.getFlashMap().get("error")).isEqualTo("各因素权重合计必须等于100，现在是90");
		assertThat(factorRows(id)).isZero();
		send(manager,
				post(setup + "/factors").param("kind", "ATTRACTIVENESS")
					.param("name", "年采购潜力", "战略契合", "")
					.param("weight", "60", "40", ""));
		send(manager,
				post(setup + "/factors").param("kind", "SUCCESS")
					.param("name", "质量", "交期", "价格")
					.param("weight", "50", "30", "20"));
		assertThat(factorRows(id)).isEqualTo(5);

		// a judged scale: what 0, 5 and 10 mean (an offered row with only a score is left
		// out)
		send(manager,
				post(setup + "/scales").param("factor", "战略契合")
					.param("measure", "")
					.param("score", "0", "5", "10", "7")
					.param("lower", "", "", "", "")
					.param("upper", "", "", "", "")
					.param("label", "与我们的方向无关", "部分品类契合", "核心品类、长期合作", ""));
		// a measured scale whose bands overlap: refused, the judged one kept
		MvcResult overlap = send(manager,
				post(setup + "/scales").param("factor", "年采购潜力")
					.param("measure", "POTENTIAL")
					.param("score", "3", "8")
					.param("lower", "", "400000")
					.param("upper", "500000", "")
					.param("label", "", ""));
		assertThat((String) overlap.getFlashMap().get("error")).isNotBlank();
		send(manager,
				post(setup + "/scales").param("factor", "年采购潜力")
					.param("measure", "POTENTIAL")
					.param("score", "3", "8")
					.param("lower", "", "500000")
					.param("upper", "500000", "")
					.param("label", "", ""));
		api.call("manager1", get("/api/v1/portfolios/" + id + "/scales"), null)
			.andExpect(jsonPath("$[?(@.factor=='战略契合')].bands[2].label").value("核心品类、长期合作"))
			.andExpect(jsonPath("$[?(@.factor=='战略契合')].bands.length()").value(3))
			.andExpect(jsonPath("$[?(@.factor=='年采购潜力')].measure").value("POTENTIAL"))
			.andExpect(jsonPath("$[?(@.factor=='年采购潜力')].bands[1].lower").value(500000.0));

		String page = api.page(manager, setup);
		assertThat(page).contains("id=\"saveAccounts\"")
			.contains("value=\"核心品类、长期合作\"")
			.contains("id=\"weightSum-ATTRACTIVENESS\">100<")
			.contains("id=\"weightSum-SUCCESS\">100<");
		assertThat(api.page(api.session("manager1"), setup + "?lang=en"))
			.contains("Attractiveness factors and weights");
		assertThat(api.page(manager, "/key-accounts/portfolios/" + id)).contains(setup);
		assertThat(this.mvc.perform(get(setup).session(api.session("manager2"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		// locked: read-only, and a change is refused
		send(manager, post("/key-accounts/portfolios/" + id + "/lock"));
		assertThat(api.page(manager, setup)).contains("id=\"setupLocked\"")
			.doesNotContain("id=\"saveAccounts\"")
			.doesNotContain("id=\"saveScale-0\"");
		MvcResult locked = send(manager,
				post(setup + "/factors").param("kind", "SUCCESS").param("name", "价格").param("weight", "100"));
		assertThat((String) locked.getFlashMap().get("error")).startsWith("这个组合已锁定");
		assertThat(factorRows(id)).isEqualTo(5);
	}

	@Test
	void theRoutingPageIsReadOnlyButForDirectors() throws Exception {
		KeyAccountCalls api = new KeyAccountCalls(this.mvc);
		String path = "/key-accounts/service-routing";
		assertThat(api.page(api.session("manager1"), path)).contains("id=\"routingTable\"")
			.contains("派单规则由总监或管理员维护")
			.doesNotContain("id=\"saveRouting\"");
		MockHttpSession director = api.session("director");
		assertThat(api.page(api.session("director"), path + "?lang=en")).contains("id=\"saveRouting\"")
			.contains("Service routing");
		// a box deadline that is not a number is named on the page, nothing written
		MvcResult wrong = send(director, post(path).param("role.QUALITY", "QUALITY").param("response.STAR", "abc"));
		assertThat((String) wrong.getFlashMap().get("error")).isEqualTo("时限须是 1 到 720 之间的整数小时");
		assertThat(this.jdbc.sql("select response_hours from ka_service_deadline where box = 'STAR'")
			.query(Integer.class)
			.single()).isEqualTo(4);
		assertThat(send(api.session("manager1"), post(path).param("role.QUALITY", "QUALITY")).getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void aDraftPlanOffersTheWhitespaceGapsAsObjectives() throws Exception {
		KeyAccountCalls api = new KeyAccountCalls(this.mvc);
		long customer = api.customer("rep1", "白区计划客户");
		long plan = KeyAccountCalls.id(api.call("rep1", post("/api/v1/key-account-plans"), """
				{"customerId":%d,"year":2034}""".formatted(customer)).andReturn());
		// a new customer has bought nothing: every active category is a gap of its one
		// centre, the customer itself
		String category = this.jdbc.sql("select min(category) from product where active = true")
			.query(String.class)
			.single();
		String name = this.jdbc.sql("select name from customer where id = :c")
			.param("c", customer)
			.query(String.class)
			.single();
		MockHttpSession rep = api.session("rep1");
		String page = api.page(rep, "/key-accounts/plans/" + plan);
		String objective = "打开" + category + "品类：" + name;
		assertThat(page).contains("id=\"gapsCard\"").contains(objective);
		MvcResult added = send(rep,
				post("/key-accounts/plans/" + plan + "/objectives").param("description", objective)
					.param("kpi", "SALES")
					.param("target", "200000"));
		assertThat(added.getResponse().getStatus()).isEqualTo(303);
		api.call("rep1", get("/api/v1/key-account-plans/" + plan), null)
			.andExpect(jsonPath("$.objectives[0].description").value(objective))
			.andExpect(jsonPath("$.objectives[0].target").value(200000.0));
	}

}
