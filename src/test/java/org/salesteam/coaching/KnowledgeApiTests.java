package org.salesteam.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The knowledge checklist from outside: items with status and proof, a quiz passes at 80
 * (the coach's), the data check against the system's top ⌈20 %⌉ prospects, readiness and
 * KNOWLEDGE_READINESS by hand; another rep's checklist is 404.
 */
@IntegrationTest
class KnowledgeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private String checklist(String user, String rep) throws Exception {
		return call(user, get("/api/v1/knowledge/" + rep), null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aQuizPassesAtEightyAndCountsInTheReadiness() throws Exception {
		String before = checklist("rep5", "rep5");
		int done = JsonPath.<Number>read(before, "$.done").intValue();
		int required = JsonPath.<Number>read(before, "$.required").intValue();
		assertThat(required).isEqualTo(10);
		// the demo reps joined three years ago: due 14 days after, long overdue
		assertThat(JsonPath.<List<String>>read(before, "$.items[?(@.item.code == 'SERVICE_POLICY')].status"))
			.containsExactly("OVERDUE");
		call("rep5", post("/api/v1/knowledge/rep5/items/SERVICE_POLICY/proof"), "{\"score\":95}")
			.andExpect(status().isForbidden());
		call("manager1", post("/api/v1/knowledge/rep5/items/SERVICE_POLICY/proof"), "{\"score\":79}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("score"));
		call("manager1", post("/api/v1/knowledge/rep5/items/ORDER_FLOW/proof"), "{}")
			.andExpect(status().isUnprocessableContent());
		String after = call("manager1", post("/api/v1/knowledge/rep5/items/SERVICE_POLICY/proof"), "{\"score\":80}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.item.code == 'SERVICE_POLICY')].status").value(hasItem("DONE")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Number>read(after, "$.done").intValue()).isEqualTo(done + 1);
		LocalDate today = LocalDate.now(this.clock);
		String kpi = call("rep5",
				get("/api/v1/kpis?codes=KNOWLEDGE_READINESS&scope=rep:rep5&from=" + today + "&to=" + today), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Number>read(kpi, "$.kpis[0].numerator").intValue()).isEqualTo(done + 1);
		assertThat(JsonPath.<Number>read(kpi, "$.kpis[0].denominator").intValue()).isEqualTo(10);
	}

	@Test
	void theDataCheckComparesWithTheTopTwentyPercentOfTheTerritorysProspects() throws Exception {
		List<Long> prospects = this.jdbc.sql("""
				select c.id from customer c where c.status = 'PROSPECT' and c.territory_id in
				  (select t.territory_id from app_user_territory t join app_user u on u.id = t.user_id
				   where u.username = 'rep4')
				order by c.potential desc, c.id""").query(Long.class).list();
		String url = "/api/v1/knowledge/rep4/items/TOP_PROSPECTS/proof";
		if (prospects.isEmpty()) {
			call("rep4", post(url), "{\"customerIds\":[1]}").andExpect(status().isUnprocessableContent());
			return;
		}
		int top = (int) Math.ceil(prospects.size() * 0.2);
		call("rep4", post(url), "{\"customerIds\":[-5]}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("customerIds"));
		call("rep4", post(url), "{\"customerIds\":" + prospects.subList(0, top) + "}").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.item.code == 'TOP_PROSPECTS')].status").value(hasItem("DONE")));
	}

	@Test
	void anotherRepsChecklistIsNotFound() throws Exception {
		call("rep1", get("/api/v1/knowledge/rep5"), null).andExpect(status().isNotFound());
		call("manager2", get("/api/v1/knowledge/rep5"), null).andExpect(status().isNotFound());
		call("rep1", post("/api/v1/knowledge/rep5/items/PRICING/proof"), "{}").andExpect(status().isNotFound());
		checklist("director", "rep5");
	}

}
