package org.salesteam.coaching;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coaching sessions from outside (issue 16's contract): only the rep's manager or a
 * director coaches (403), the rep reads their own session and another rep gets 404, the
 * steps go in order (409 naming the expected step), a large deal's plan is reviewed at
 * least 24 hours before the visit, and the coaching KPIs count completed sessions and
 * coached reps.
 */
@IntegrationTest
class CoachingApiTests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final String OBJECTIVE = """
			{"objective":"确认画册印量并拿到打样确认"}""";

	private static final String PLAN = """
			{"actionPlan":"先回顾样品反馈，再对比两种纸张","rationale":"客户上次对色彩有顾虑"}""";

	private static final String OBSERVE = """
			{"observations":"客户一问价格就让步","whyQuestions":"客户为什么更关心交期？"}""";

	private static final String DEBRIEF = """
			{"feelings":"有点紧张","whatHappened":"目标是打样确认，价格问题提前出现","buyerWhy":"采购部门参与了决策",
			 "wentBest":"样品展示清楚","toImprove":"不要马上让价","problems":"打样时间没约定",
			 "repSolutions":"下次约采购经理一起看样","practice":"演练预算问题的应对"}""";

	private static final String REVIEW = """
			{"nextObjective":"和采购经理确认打样","nextPlan":"带上两种方案的报价"}""";

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

	private static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long customerOf(String rep) {
		return this.jdbc.sql("""
				select c.id from customer c join app_user u on u.id = c.owner_id where u.username = :rep
				order by c.id fetch first 1 rows only""").param("rep", rep).query(Long.class).single();
	}

	/**
	 * A visit of the rep planned at this time, on an opportunity when {@code amount} is
	 * given.
	 */
	private long visit(String rep, LocalDateTime at, BigDecimal amount) throws Exception {
		long customer = customerOf(rep);
		String opportunity = "null";
		if (amount != null) {
			opportunity = Long
				.toString(
						id(call(rep, post("/api/v1/opportunities"),
								"""
										{"customerId":%d,"name":"辅导测试大单 %d","amount":%s}""".formatted(customer,
										NEXT.incrementAndGet(), amount.toPlainString()))
							.andExpect(status().isCreated())));
		}
		return id(call(rep, post("/api/v1/visits"), """
				{"customerId":%d,"type":"NEEDS","plannedAt":"%s","objective":"辅导测试拜访 %d","opportunityId":%s}
				""".formatted(customer, at.truncatedTo(ChronoUnit.MINUTES), NEXT.incrementAndGet(), opportunity))
			.andExpect(status().isCreated()));
	}

	private LocalDateTime future() {
		return LocalDateTime.of(2031, 1, 6, 9, 0).plusDays(NEXT.incrementAndGet());
	}

	private long start(String coach, String rep, long visit) throws Exception {
		return id(call(coach, post("/api/v1/coaching-sessions"), """
				{"repUsername":"%s","visitId":%d}""".formatted(rep, visit)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.step").value("OBJECTIVE")));
	}

	private ResultActions step(String user, long session, String step, String body) throws Exception {
		return call(user, post("/api/v1/coaching-sessions/" + session + "/steps/" + step), body);
	}

	/** All five steps of a small deal by the rep and the coach; the session is DONE. */
	private void coachThrough(String coach, String rep, long session, boolean coachSold) throws Exception {
		step(rep, session, "OBJECTIVE", OBJECTIVE).andExpect(status().isOk());
		step(rep, session, "PLAN", PLAN).andExpect(status().isOk());
		step(coach, session, "OBSERVE", OBSERVE.replace("}", ",\"coachSold\":" + coachSold + "}"))
			.andExpect(status().isOk());
		step(rep, session, "DEBRIEF", DEBRIEF).andExpect(status().isOk());
		step(rep, session, "REVIEW", REVIEW).andExpect(jsonPath("$.step").value("DONE"));
	}

	@Test
	void onlyTheRepsManagerOrADirectorCoaches() throws Exception {
		long visit = visit("rep1", future(), null);
		String body = """
				{"repUsername":"rep1","visitId":%d}""".formatted(visit);
		call("manager2", post("/api/v1/coaching-sessions"), body).andExpect(status().isForbidden());
		call("rep2", post("/api/v1/coaching-sessions"), body).andExpect(status().isForbidden());
		call("rep1", post("/api/v1/coaching-sessions"), body).andExpect(status().isForbidden());
		call("support1", post("/api/v1/coaching-sessions"), body).andExpect(status().isForbidden());
		// another rep's visit is not this rep's
		call("manager1", post("/api/v1/coaching-sessions"), """
				{"repUsername":"rep2","visitId":%d}""".formatted(visit)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("visitId"));
		assertThat(this.jdbc.sql("select count(*) from coaching_session where visit_id = :v")
			.param("v", visit)
			.query(Long.class)
			.single()).isZero();
		long session = start("director", "rep1", visit);
		call("manager1", post("/api/v1/coaching-sessions"), body).andExpect(status().isUnprocessableContent());
		assertThat(session).isPositive();
	}

	@Test
	void theRepReadsTheirOwnSessionAnotherRepGets404() throws Exception {
		long session = start("manager1", "rep1", visit("rep1", future(), null));
		call("rep1", get("/api/v1/coaching-sessions/" + session), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.repUsername").value("rep1"))
			.andExpect(jsonPath("$.coachUsername").value("manager1"));
		call("manager1", get("/api/v1/coaching-sessions/" + session), null).andExpect(status().isOk());
		call("director", get("/api/v1/coaching-sessions/" + session), null).andExpect(status().isOk());
		call("rep2", get("/api/v1/coaching-sessions/" + session), null).andExpect(status().isNotFound());
		call("manager2", get("/api/v1/coaching-sessions/" + session), null).andExpect(status().isNotFound());
		call("support1", get("/api/v1/coaching-sessions/" + session), null).andExpect(status().isNotFound());
		call("rep2", post("/api/v1/coaching-sessions/" + session + "/steps/OBJECTIVE"), OBJECTIVE)
			.andExpect(status().isNotFound());
		String mine = call("rep1", get("/api/v1/coaching-sessions"), null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<java.util.List<String>>read(mine, "$[*].repUsername")).containsOnly("rep1");
	}

	@Test
	void stepsGoInOrderAndAStepOutOfOrderIs409NamingTheExpectedStep() throws Exception {
		long session = start("manager1", "rep1", visit("rep1", future(), null));
		step("rep1", session, "DEBRIEF", DEBRIEF).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.expectedStep").value("OBJECTIVE"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("OBJECTIVE")));
		step("rep1", session, "OBJECTIVE", "{}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("objective"));
		step("rep1", session, "OBJECTIVE", OBJECTIVE).andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("PLAN"))
			.andExpect(jsonPath("$.objective").value("确认画册印量并拿到打样确认"));
		step("rep1", session, "PLAN", PLAN).andExpect(jsonPath("$.step").value("OBSERVE"));
		// the coach observes, not the rep
		step("rep1", session, "OBSERVE", OBSERVE).andExpect(status().isForbidden());
		step("manager1", session, "REVIEW", REVIEW).andExpect(status().isConflict())
			.andExpect(jsonPath("$.expectedStep").value("OBSERVE"));
		step("manager1", session, "OBSERVE", OBSERVE).andExpect(jsonPath("$.step").value("DEBRIEF"))
			.andExpect(jsonPath("$.jointCall").value(false));
		// suggestions only when the rep found no solution
		step("rep1", session, "DEBRIEF", DEBRIEF.replace("}", ",\"suggestions\":\"我来报价\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("suggestions"));
		step("rep1", session, "DEBRIEF", DEBRIEF).andExpect(jsonPath("$.step").value("REVIEW"))
			.andExpect(jsonPath("$.feelings").value("有点紧张"));
		step("rep1", session, "REVIEW", REVIEW).andExpect(jsonPath("$.step").value("DONE"))
			.andExpect(jsonPath("$.completedOn").value(LocalDate.now(this.clock).toString()));
		step("rep1", session, "REVIEW", REVIEW).andExpect(status().isConflict())
			.andExpect(jsonPath("$.expectedStep").value("DONE"));
	}

	@Test
	void aLargeDealsPlanIsReviewedADayAheadASmallDealGoesStraightToTheObservation() throws Exception {
		BigDecimal huge = new BigDecimal("900000000");
		// in three hours: too late for a large deal's plan
		LocalDateTime soon = LocalDateTime.now(this.clock).plusHours(3);
		long late = start("manager1", "rep1", visit("rep1", soon, huge));
		call("rep1", get("/api/v1/coaching-sessions/" + late), null).andExpect(jsonPath("$.largeDeal").value(true));
		step("rep1", late, "OBJECTIVE", OBJECTIVE).andExpect(status().isOk());
		step("manager1", late, "OBSERVE", OBSERVE).andExpect(status().isConflict())
			.andExpect(jsonPath("$.expectedStep").value("PLAN"));
		step("rep1", late, "PLAN", PLAN).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("actionPlan"));
		call("rep1", get("/api/v1/coaching-sessions/" + late), null).andExpect(jsonPath("$.step").value("PLAN"));
		// weeks ahead: in time
		long early = start("manager1", "rep1", visit("rep1", future(), huge));
		step("rep1", early, "OBJECTIVE", OBJECTIVE).andExpect(status().isOk());
		step("rep1", early, "PLAN", PLAN).andExpect(jsonPath("$.step").value("OBSERVE"));
		// a small deal (no opportunity): from the objective straight to the observation
		long small = start("manager1", "rep1", visit("rep1", soon.plusMinutes(30), null));
		call("rep1", get("/api/v1/coaching-sessions/" + small), null).andExpect(jsonPath("$.largeDeal").value(false));
		step("rep1", small, "OBJECTIVE", OBJECTIVE).andExpect(status().isOk());
		step("manager1", small, "OBSERVE", OBSERVE).andExpect(jsonPath("$.step").value("DEBRIEF"));
	}

	@Test
	void coachingKpisCountCompletedSessionsAndCoachedRepsButNotJointCalls() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		long team = this.jdbc.sql("select team_id from app_user where username = 'rep4'").query(Long.class).single();
		long reps = this.jdbc.sql("select count(*) from app_user u where u.team_id = :t and u.active")
			.param("t", team)
			.query(Long.class)
			.single();
		String kpis = "/api/v1/kpis?codes=COACHING_SESSIONS,COACHING_COVERAGE&from=" + today + "&to=" + today
				+ "&scope=team:" + team;
		String before = call("manager1", get(kpis), null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int sessions = JsonPath.<Number>read(before, "$.kpis[0].value").intValue();
		int coached = JsonPath.<Number>read(before, "$.kpis[1].numerator").intValue();
		// only this test coaches rep4 and rep5 (today): two sessions for rep4, a joint
		// call for rep5 → sessions + 2, coached reps + 1, over the team's reps
		coachThrough("manager1", "rep4", start("manager1", "rep4", visit("rep4", future(), null)), false);
		coachThrough("manager1", "rep4", start("manager1", "rep4", visit("rep4", future(), null)), false);
		coachThrough("manager1", "rep5", start("manager1", "rep5", visit("rep5", future(), null)), true);
		String after = call("manager1", get(kpis), null).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Number>read(after, "$.kpis[0].value").intValue()).isEqualTo(sessions + 2);
		assertThat(JsonPath.<Number>read(after, "$.kpis[1].numerator").intValue()).isEqualTo(coached + 1);
		assertThat(JsonPath.<Number>read(after, "$.kpis[1].denominator").longValue()).isEqualTo(reps);
		assertThat(new BigDecimal(JsonPath.<Number>read(after, "$.kpis[1].value").toString())).isEqualByComparingTo(
				BigDecimal.valueOf(coached + 1).divide(BigDecimal.valueOf(reps), 6, java.math.RoundingMode.HALF_UP));
		// rep4 alone: two sessions, covered 1 ÷ 1
		String rep4 = call("rep4",
				get("/api/v1/kpis?codes=COACHING_SESSIONS,COACHING_COVERAGE&from=" + today + "&to=" + today
						+ "&scope=rep:rep4"),
				null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Number>read(rep4, "$.kpis[0].value").intValue()).isEqualTo(2);
		assertThat(new BigDecimal(JsonPath.<Number>read(rep4, "$.kpis[1].value").toString())).isEqualByComparingTo("1");
		// the catalogue knows them
		call("rep1", get("/api/v1/kpis/catalog"), null).andExpect(
				jsonPath("$[?(@.code == 'COACHING_COVERAGE')].unit").value(org.hamcrest.Matchers.hasItem("PERCENT")));
	}

}
