package org.salesteam.motivation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 激励因素评分 (ADR 0039): a rep answers all ten factors 1–5 (422 naming the factor otherwise,
 * 403 for anyone but a rep); team profiles are the mean of the team's current reps'
 * answers, hidden below five answers, for managers (their teams; another team 404),
 * directors (every team); a rep 403. The page shows the form and, to a manager, the
 * profiles; the designer shows them too.
 */
@IntegrationTest
class MotivationSurveyApiTests {

	private static final List<String> FACTORS = List.of("WORK", "RECOGNITION", "CHALLENGE", "GROWTH", "OWNERSHIP",
			"CLIMATE", "TEAM_REWARD", "PRIZE_MONEY", "PRIZE_RECOGNITION", "PRIZE_DEVELOPMENT");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header("Authorization", Tokens.bearer(this.mvc, user)));
	}

	private static String answer(Map<String, Object> ratings) {
		return "{\"ratings\":{" + ratings.entrySet()
			.stream()
			.map((e) -> "\"" + e.getKey() + "\":" + e.getValue())
			.collect(Collectors.joining(",")) + "}}";
	}

	private ResultActions put(String user, String body) throws Exception {
		return call(user,
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/motivation-survey")
					.contentType(MediaType.APPLICATION_JSON)
					.content(body));
	}

	private long teamOf(String manager) {
		return this.jdbc
			.sql("select t.id from sales_team t join app_user u on u.id = t.manager_id where u.username = :m")
			.param("m", manager)
			.query(Long.class)
			.single();
	}

	@Test
	void aRepAnswersEveryFactorOnceAndOthersMayNot() throws Exception {
		Map<String, Object> ratings = new java.util.LinkedHashMap<>();
		IntStream.range(0, FACTORS.size()).forEach((i) -> ratings.put(FACTORS.get(i), 1 + i % 5));
		put("rep11", answer(ratings)).andExpect(status().isOk())
			.andExpect(jsonPath("$.ratings.WORK").value(1))
			.andExpect(jsonPath("$.ratings.PRIZE_DEVELOPMENT").value(5));
		// a second answer replaces the first
		ratings.put("WORK", 4);
		put("rep11", answer(ratings)).andExpect(status().isOk());
		call("rep11", get("/api/v1/motivation-survey")).andExpect(jsonPath("$.ratings.WORK").value(4));
		assertThat(this.jdbc.sql("""
				select count(*) from motivation_rating r join app_user u on u.id = r.user_id where u.username = 'rep11'
				""").query(Long.class).single()).isEqualTo(10L);

		Map<String, Object> missing = new java.util.LinkedHashMap<>(ratings);
		missing.remove("CLIMATE");
		put("rep11", answer(missing)).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ratings.CLIMATE")));
		Map<String, Object> tooHigh = new java.util.LinkedHashMap<>(ratings);
		tooHigh.put("GROWTH", 6);
		put("rep11", answer(tooHigh)).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ratings.GROWTH")));
		put("manager1", answer(ratings)).andExpect(status().isForbidden());
	}

	@Test
	void profilesAreTheTeamsMeansHiddenBelowFiveAnswers() throws Exception {
		call("rep1", get("/api/v1/motivation-survey/profiles")).andExpect(status().isForbidden());
		call("manager1", get("/api/v1/motivation-survey/profiles?teamId=" + teamOf("manager2")))
			.andExpect(status().isNotFound());
		String own = call("manager1", get("/api/v1/motivation-survey/profiles")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(own, "$[*].teamId")).containsExactly((int) teamOf("manager1"));

		String all = call("director", get("/api/v1/motivation-survey/profiles")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> profiles = JsonPath.read(all, "$");
		assertThat(profiles).hasSizeGreaterThanOrEqualTo(3);
		boolean hidden = false;
		for (Map<String, Object> profile : profiles) {
			long team = ((Number) profile.get("teamId")).longValue();
			// by hand: the team's active reps who answered, and the mean per factor
			List<Map<String, Object>> rows = this.jdbc.sql("""
					select r.factor, r.rating from motivation_rating r join app_user u on u.id = r.user_id
					where u.team_id = :t and u.active = true
					  and exists (select 1 from app_user_role ar where ar.user_id = u.id and ar.role = 'REP')
					""").param("t", team).query().listOfRows();
			int answers = rows.size() / FACTORS.size();
			assertThat(profile.get("answers")).isEqualTo(answers);
			assertThat(profile.get("anonymous")).isEqualTo(answers < 5);
			@SuppressWarnings("unchecked")
			Map<String, Object> means = (Map<String, Object>) profile.get("means");
			if (answers < 5) {
				hidden = true;
				assertThat(means).isEmpty();
				continue;
			}
			for (String factor : FACTORS) {
				int sum = rows.stream()
					.filter((row) -> factor.equals(row.get("factor")))
					.mapToInt((row) -> ((Number) row.get("rating")).intValue())
					.sum();
				BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP);
				assertThat(new BigDecimal(means.get(factor).toString())).isEqualByComparingTo(mean);
			}
		}
		// the demo leaves one team at four answers
		assertThat(hidden).isTrue();
	}

	private MockHttpSession session(String user) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	@Test
	void theSurveyPageAndTheDesignerShowTheProfiles() throws Exception {
		MockHttpSession rep = session("rep2");
		this.mvc.perform(get("/motivation-survey").session(rep))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"surveyForm\"")));
		MockHttpSession manager = session("manager1");
		String json = call("manager1", get("/api/v1/motivation-survey/profiles")).andReturn()
			.getResponse()
			.getContentAsString();
		Object work = JsonPath.<Map<String, Object>>read(json, "$[0].means").get("WORK");
		// the team's mean as the API gives it, with two decimals, or "fewer than five"
		// when hidden
		String cell = "id=\"mean-" + teamOf("manager1") + "-WORK\">"
				+ ((work != null) ? new BigDecimal(work.toString()).setScale(2, RoundingMode.HALF_UP) : "不足五人");
		this.mvc.perform(get("/motivation-survey").session(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"surveyProfiles\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(cell)));
		this.mvc.perform(get("/contests/new").session(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"surveyProfiles\"")));
	}

}
