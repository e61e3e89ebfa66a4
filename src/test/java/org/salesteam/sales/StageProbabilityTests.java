package org.salesteam.sales;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditTrail;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /opportunity-stages}: directors and admins set the stage probabilities (0–100,
 * all or nothing, audited with old and new value); the opportunity list's weighted
 * amounts follow; reps are refused. Defaults are restored after each test.
 */
@IntegrationTest
class StageProbabilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@AfterEach
	void restoreDefaults() {
		String[][] defaults = { { "NEEDS", "10" }, { "PROPOSAL", "25" }, { "QUOTE", "50" }, { "DEMO", "75" },
				{ "WON", "100" }, { "LOST", "0" } };
		for (String[] row : defaults) {
			this.jdbc.sql("update opportunity_stage_probability set probability = :p where stage = :s")
				.param("p", Integer.parseInt(row[1]))
				.param("s", row[0])
				.update();
		}
	}

	@Test
	void aDirectorChangesAStageAndTheWeightedAmountFollowsAndIsAudited() throws Exception {
		long customer = SalesApi.customer(this.mvc, "盐城概率测试彩印有限公司", "rep1", 0);
		long opportunity = SalesApi.id(SalesApi
			.post(this.mvc, "rep1", "/api/v1/opportunities",
					"{\"customerId\":%d,\"name\":\"概率测试项目\",\"amount\":30000}".formatted(customer))
			.andExpect(status().isCreated())
			.andReturn());
		SalesApi.post(this.mvc, "rep1", "/api/v1/opportunities/" + opportunity + "/stage", "{\"stage\":\"QUOTE\"}")
			.andExpect(status().isOk());
		MockHttpSession rep1 = signIn("rep1");
		// 30,000 × 50 % = 15,000
		assertThat(page(get("/opportunities").param("q", "概率测试项目"), rep1)).contains("¥15,000.00");
		int quoteEntries = this.trail.history("stageProbability", "QUOTE").size();
		int needsEntries = this.trail.history("stageProbability", "NEEDS").size();
		MockHttpSession director = signIn("director");
		assertThat(page(get("/opportunity-stages"), director)).contains("name=\"QUOTE\"").contains("value=\"50\"");
		this.mvc.perform(form("10", "25", "40").session(director)).andExpect(status().isSeeOther());
		assertThat(probability("QUOTE")).isEqualTo(40);
		// 30,000 × 40 % = 12,000
		assertThat(page(get("/opportunities").param("q", "概率测试项目"), rep1)).contains("¥12,000.00");
		List<AuditEntry> quote = this.trail.history("stageProbability", "QUOTE");
		assertThat(quote).hasSize(quoteEntries + 1);
		assertThat(quote.get(0).username()).isEqualTo("director");
		assertThat(quote.get(0).changes()).containsExactly(new AuditEntry.Change("probability", "50", "40"));
		assertThat(this.trail.history("stageProbability", "NEEDS")).hasSize(needsEntries);
	}

	@Test
	void aValueOutsideZeroToHundredChangesNothing() throws Exception {
		MockHttpSession director = signIn("director");
		String html = this.mvc.perform(form("15", "25", "101").session(director))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("概率必须在 0 到 100 之间").contains("value=\"101\"");
		this.mvc.perform(form("15", "abc", "50").session(director)).andExpect(status().isUnprocessableContent());
		assertThat(probability("NEEDS")).isEqualTo(10);
		assertThat(probability("QUOTE")).isEqualTo(50);
	}

	@Test
	void aRepIsRefused() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		this.mvc.perform(get("/opportunity-stages").session(rep1)).andExpect(status().isForbidden());
		this.mvc.perform(form("90", "90", "90").session(rep1)).andExpect(status().isForbidden());
		assertThat(probability("NEEDS")).isEqualTo(10);
	}

	private static MockHttpServletRequestBuilder form(String needs, String proposal, String quote) {
		return post("/opportunity-stages").with(csrf())
			.param("NEEDS", needs)
			.param("PROPOSAL", proposal)
			.param("QUOTE", quote)
			.param("DEMO", "75")
			.param("WON", "100")
			.param("LOST", "0");
	}

	private int probability(String stage) {
		return this.jdbc.sql("select probability from opportunity_stage_probability where stage = :s")
			.param("s", stage)
			.query(Integer.class)
			.single();
	}

	private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return this.mvc.perform(request.session(session))
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
