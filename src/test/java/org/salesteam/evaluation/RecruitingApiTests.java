package org.salesteam.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recruiting through the API on the demo company: a manager opens a position and enters a
 * candidate; two interviewers score every trait; the trait where they differ by 2 is
 * flagged; an offer needs both; the hire is linked to the account the admin created and
 * gets the first-90-days plan; the candidate is deleted on request without leaving their
 * name in the audit trail. Reps and support staff are refused everything.
 */
@IntegrationTest
class RecruitingApiTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private EvaluationCalls calls;

	@BeforeEach
	void calls() {
		this.calls = new EvaluationCalls(this.mvc, this.jdbc);
	}

	private static String body(ResultActions actions) throws Exception {
		return actions.andReturn().getResponse().getContentAsString();
	}

	/** Every trait at {@code level}, HUMOUR at {@code humour}. */
	private static String interview(int level, int humour) {
		StringBuilder scores = new StringBuilder();
		for (String trait : List.of("RISK_AND_INNOVATION", "SENSE_OF_MISSION", "SOLVES_PROBLEMS", "CUSTOMER_AS_PARTNER",
				"REJECTION_AS_INFORMATION", "REHEARSES", "RESEARCHES_CUSTOMERS", "FRIENDLY_CONSULTS",
				"MAKES_CUSTOMERS_CURIOUS", "PRESENCE", "ENERGY", "PLANNING", "CALM_UNDER_REJECTION")) {
			scores.append("\"%s\":{\"score\":%d,\"evidence\":\"举例\"},".formatted(trait, level));
		}
		scores.append("\"HUMOUR\":{\"score\":%d}".formatted(humour));
		return """
				{"heldOn":"%s","basicQualities":"性格适合销售","scores":{%s}}""".formatted(TODAY.minusDays(1), scores);
	}

	@Test
	void twoInterviewersAnOfferAHireWithItsFirstNinetyDaysAndDeletionOnRequest() throws Exception {
		String position = body(this.calls.call("manager1", post("/api/v1/recruiting/positions"), """
				{"title":"销售代表（测试）"}""").andExpect(status().isCreated()));
		long positionId = ((Number) JsonPath.read(position, "$.id")).longValue();

		// rules, naming the field
		this.calls.call("manager1", post("/api/v1/candidates"), """
				{"positionId":%d}""".formatted(positionId))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("fullName"));
		this.calls.call("manager1", post("/api/v1/candidates"), """
				{"positionId":%d,"fullName":"测试候选人","email":"no-at-sign"}""".formatted(positionId))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("email"));

		String candidate = body(this.calls
			.call("manager1", post("/api/v1/candidates"),
					"""
							{"positionId":%d,"fullName":"测试候选人甲","phone":"13000000000","email":"jia@example.com"}"""
						.formatted(positionId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("APPLIED")));
		long id = ((Number) JsonPath.read(candidate, "$.id")).longValue();
		String path = "/api/v1/candidates/" + id;

		// reps and support staff: refused, and see no name
		for (String refused : List.of("rep1", "support1")) {
			String answer = body(this.calls.call(refused, get(path), null).andExpect(status().isForbidden()));
			assertThat(answer).doesNotContain("测试候选人甲");
			this.calls.call(refused, get("/api/v1/candidates"), null).andExpect(status().isForbidden());
			this.calls.call(refused, delete(path), null).andExpect(status().isForbidden());
		}
		this.calls.call("admin", get(path), null).andExpect(status().isOk());
		this.calls.call("admin", post(path + "/interviews"), interview(3, 1)).andExpect(status().isForbidden());

		// a trait left out, or a score out of range: 422 on that trait
		this.calls
			.call("manager1", post(path + "/interviews"),
					interview(3, 1).replace("\"HUMOUR\":{\"score\":1}", "\"HUMOUR\":{\"score\":6}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("scores.HUMOUR"));

		this.calls.call("manager1", post(path + "/interviews"), interview(3, 1))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INTERVIEWING"))
			.andExpect(jsonPath("$.interviewers").value(1));
		this.calls.call("manager1", post(path + "/interviews"), interview(3, 1))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("interviewer"));
		// one interviewer is not enough for an offer
		this.calls.call("manager1", post(path + "/decision"), "{\"decision\":\"OFFER\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("interviews"));

		// HUMOUR 1 and 3 → 2.00, spread 2 → discuss; the others 3 and 4 → 3.50;
		// score (13×3+1 + 13×4+3) ÷ 28 = 95 ÷ 28 = 3.39
		String two = body(this.calls.call("director", post(path + "/interviews"), interview(4, 3))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.interviewers").value(2))
			.andExpect(jsonPath("$.interviewScore").value(3.39))
			.andExpect(jsonPath("$.toDiscuss[0]").value("HUMOUR")));
		assertThat((List<?>) JsonPath.read(two, "$.toDiscuss")).hasSize(1);
		assertThat((List<Double>) JsonPath.read(two, "$.traits[?(@.trait == 'HUMOUR')].mean")).containsExactly(2.0);
		assertThat((List<Double>) JsonPath.read(two, "$.traits[?(@.trait == 'PLANNING')].mean")).containsExactly(3.5);

		this.calls.call("manager1", post(path + "/decision"), "{\"decision\":\"MAYBE\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
		this.calls.call("manager1", post(path + "/decision"), "{\"decision\":\"OFFER\",\"note\":\"录用\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OFFERED"));

		// the admin creates the account; the director links it and the plan starts
		String username = "hire" + System.nanoTime() % 1_000_000;
		this.mvc
			.perform(post("/api/v1/users").header("Authorization", Tokens.bearer(this.mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"%s","password":"password1","displayName":"测试新人","roles":["REP"]}"""
					.formatted(username)))
			.andExpect(status().isCreated());
		this.calls.call("director", post(path + "/hire"), "{\"username\":\"no-such-user\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		String hired = body(this.calls.call("director", post(path + "/hire"), """
				{"username":"%s","hiredOn":"%s"}""".formatted(username, TODAY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HIRED"))
			.andExpect(jsonPath("$.hiredUsername").value(username)));
		long planId = ((Number) JsonPath.read(hired, "$.planId")).longValue();
		String plan = this.calls.read("director", "/api/v1/development-plans/" + planId);
		// five standing items and one for the weak trait HUMOUR (2.00 < 3), in the rep's
		// column
		assertThat((List<?>) JsonPath.read(plan, "$.items")).hasSize(6);
		assertThat((List<?>) JsonPath.read(plan, "$.items[?(@.owner == 'REP')]")).hasSize(4);
		assertThat((List<String>) JsonPath.read(plan, "$.items[?(@.owner == 'REP')].kpiCode"))
			.contains("VISITS_PER_DAY", "NEW_CUSTOMERS");
		assertThat((List<String>) JsonPath.read(plan, "$.items[?(@.owner == 'REP')].dueOn"))
			.contains(TODAY.plusDays(90).toString());
		assertThat(this.calls.read("director", "/api/v1/development-plans?username=" + username))
			.contains(String.valueOf(planId));

		// deleted on request: gone, and the audit trail never held the name or the phone
		this.calls.call("admin", delete(path), null).andExpect(status().isNoContent());
		this.calls.call("manager1", get(path), null).andExpect(status().isNotFound());
		Integer events = this.jdbc.sql("""
				select count(*) from audit_event where entity_type = 'candidate' and entity_id = :id""")
			.param("id", String.valueOf(id))
			.query(Integer.class)
			.single();
		// created, interviewed, offered, hired (with the plan), deleted
		assertThat(events).isGreaterThanOrEqualTo(5);
		Integer leaks = this.jdbc.sql("""
				select count(*) from audit_change c join audit_event e on e.id = c.event_id
				where e.entity_type = 'candidate' and e.entity_id = :id
				and (c.old_value like '%测试候选人甲%' or c.new_value like '%测试候选人甲%'
				or c.old_value like '%13000000000%' or c.new_value like '%13000000000%')""")
			.param("id", String.valueOf(id))
			.query(Integer.class)
			.single();
		assertThat(leaks).isZero();
	}

	@Test
	void aPositionIsClosedAndReopenedWithAReasonAndAClosedOneTakesNoCandidates() throws Exception {
		String position = body(this.calls.call("manager2", post("/api/v1/recruiting/positions"), """
				{"title":"销售代表（关闭测试）"}""").andExpect(status().isCreated()));
		long positionId = ((Number) JsonPath.read(position, "$.id")).longValue();
		String close = "/api/v1/recruiting/positions/" + positionId + "/close";
		String reopen = "/api/v1/recruiting/positions/" + positionId + "/reopen";
		String candidate = """
				{"positionId":%d,"fullName":"关闭测试候选人"}""".formatted(positionId);

		this.calls.call("rep1", post(close), "{\"reason\":\"招满了\"}").andExpect(status().isForbidden());
		this.calls.call("admin", post(close), "{\"reason\":\"招满了\"}").andExpect(status().isForbidden());
		this.calls.call("manager2", post(close), "{\"reason\":\"  \"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.calls.call("manager2", post("/api/v1/recruiting/positions/987654321/close"), "{\"reason\":\"x\"}")
			.andExpect(status().isNotFound());
		this.calls.call("manager2", post(close), "{\"reason\":\"两人已入职，招满了\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.statusReason").value("两人已入职，招满了"))
			.andExpect(jsonPath("$.statusChangedOn").value(TODAY.toString()));

		// closed: no new candidates, naming the field; closing again names the status
		this.calls.call("manager2", post("/api/v1/candidates"), candidate)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("positionId"));
		this.calls.call("manager2", post(close), "{\"reason\":\"again\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("status"));

		this.calls.call("director", post(reopen), "{\"reason\":\"一人试用期离职，重新招\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.statusReason").value("一人试用期离职，重新招"));
		this.calls.call("director", post(reopen), "{\"reason\":\"again\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.calls.call("manager2", post("/api/v1/candidates"), candidate).andExpect(status().isCreated());

		// both changes in the audit trail, by who made them, with the reasons
		List<String> audited = this.jdbc.sql("""
				select e.username || ':' || c.new_value from audit_change c join audit_event e on e.id = c.event_id
				where e.entity_type = 'recruitPosition' and e.entity_id = :id and e.action = 'UPDATE'
				  and c.field = 'statusReason' order by e.occurred_at, e.id""")
			.param("id", String.valueOf(positionId))
			.query(String.class)
			.list();
		assertThat(audited).containsExactly("manager2:两人已入职，招满了", "director:一人试用期离职，重新招");
	}

	@Test
	void theProfileShowsWhatTheTopQuartileDoesAndTheFirstYearCheckOfTheDemoHires() throws Exception {
		String profile = this.calls.read("director", "/api/v1/recruiting/profile");
		List<String> template = JsonPath.read(this.calls.read("director", "/api/v1/scorecard-templates/REP"),
				"$.metrics[*].code");
		assertThat((List<String>) JsonPath.read(profile, "$.measures[*].code")).containsExactlyElementsOf(template);
		// the demo hired five reps together 23 months ago: their first year is over
		assertThat((List<?>) JsonPath.read(profile, "$.hires")).hasSize(5);
		double rho = ((Number) JsonPath.read(profile, "$.spearman")).doubleValue();
		assertThat(rho).isBetween(-1.0, 1.0);
		this.calls.call("rep1", get("/api/v1/recruiting/profile"), null).andExpect(status().isForbidden());
		this.calls.call("manager1", get("/api/v1/recruiting/positions"), null).andExpect(status().isOk());
		this.calls.call("rep1", post("/api/v1/recruiting/positions"), "{\"title\":\"x\"}")
			.andExpect(status().isForbidden());
	}

}
