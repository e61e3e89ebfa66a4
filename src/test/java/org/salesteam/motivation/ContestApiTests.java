package org.salesteam.motivation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contests through the API: the contract of creation (201 DRAFT, 403 for a rep, 422 on
 * the field), who sees a contest, ABSOLUTE equal to {@code /api/v1/kpis}, frozen rules
 * after launch (409), the fairness replay's windows and the launch of an unfair contest.
 */
@IntegrationTest
class ContestApiTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private static String body(String name, String scoring, String prizeMode, LocalDate from, LocalDate to,
			String participants) {
		return """
				{"name":"%s","kpiCode":"SALES","from":"%s","to":"%s","scoring":"%s","prizeMode":"%s","topN":3,
				 "threshold":1000,"participants":%s,"filters":{}}
				""".formatted(name, from, to, scoring, prizeMode, participants);
	}

	private long create(String user, String body) throws Exception {
		String json = call(user, post("/api/v1/contests"), body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private long teamOf(String manager) {
		return this.jdbc
			.sql("select t.id from sales_team t join app_user u on u.id = t.manager_id where u.username = :m")
			.param("m", manager)
			.query(Long.class)
			.single();
	}

	private String json(ResultActions actions) throws Exception {
		return actions.andReturn().getResponse().getContentAsString();
	}

	@Test
	void aDirectorCreatesADraftAndRepsAndSupportStaffMayNot() throws Exception {
		String body = body("2031 春季赛", "ABSOLUTE", "TOP_N", LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 28),
				"{\"usernames\":[\"rep1\",\"rep2\"]}");
		long id = create("director", body);
		call("director", get("/api/v1/contests/" + id), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.usernames.length()").value(2))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		call("rep1", post("/api/v1/contests"), body).andExpect(status().isForbidden());
		call("support1", post("/api/v1/contests"), body).andExpect(status().isForbidden());
	}

	@Test
	void badInputIs422NamingTheField() throws Exception {
		LocalDate from = LocalDate.of(2031, 4, 1);
		Map<String, String> cases = Map.of("name",
				body("", "ABSOLUTE", "TOP_N", from, from.plusDays(9), "{\"usernames\":[\"rep1\"]}"), "to",
				body("x", "ABSOLUTE", "TOP_N", from, from.minusDays(1), "{\"usernames\":[\"rep1\"]}"), "scoring",
				body("x", "BEST", "TOP_N", from, from.plusDays(9), "{\"usernames\":[\"rep1\"]}"), "participants",
				body("x", "ABSOLUTE", "TOP_N", from, from.plusDays(9), "{}"), "participants.usernames",
				body("x", "ABSOLUTE", "TOP_N", from, from.plusDays(9), "{\"usernames\":[\"nobody\"]}"), "tiers",
				body("x", "ABSOLUTE", "TIERS", from, from.plusDays(9), "{\"usernames\":[\"rep1\"]}"), "kpiCode",
				body("x", "ABSOLUTE", "TOP_N", from, from.plusDays(9), "{\"usernames\":[\"rep1\"]}")
					.replace("\"SALES\"", "\"NOPE\""),
				"filters.customerClass",
				body("x", "ABSOLUTE", "TOP_N", from, from.plusDays(9), "{\"usernames\":[\"rep1\"]}")
					.replace("\"filters\":{}", "\"filters\":{\"customerClass\":\"D\"}"),
				"topN",
				body("x", "ABSOLUTE", "TOP_N", from, from.plusDays(9), "{\"usernames\":[\"rep1\"]}")
					.replace("\"topN\":3", "\"topN\":0"),
				"committee", body("x", "ABSOLUTE", "TOP_N", from, from.plusDays(9), "{\"usernames\":[\"rep1\"]}")
					.replace("\"filters\":{}", "\"filters\":{},\"committee\":[\"manager1\"]"));
		for (Map.Entry<String, String> c : cases.entrySet()) {
			call("director", post("/api/v1/contests"), c.getValue()).andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.errors[0].field").value(c.getKey()));
		}
	}

	@Test
	void aManagerRunsContestsForTheirOwnTeamsWhichOthersDoNotSee() throws Exception {
		LocalDate from = LocalDate.of(2031, 5, 1);
		call("manager1", post("/api/v1/contests"),
				body("x", "ABSOLUTE", "TOP_N", from, from.plusDays(13), "{\"teamIds\":[" + teamOf("manager2") + "]}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("participants.teamIds"));
		long id = create("manager1",
				body("华东一部五月赛", "ABSOLUTE", "TOP_N", from, from.plusDays(13), "{\"usernames\":[\"rep1\"]}"));
		call("rep1", get("/api/v1/contests/" + id), null).andExpect(status().isOk());
		call("rep1", get("/api/v1/contests/" + id + "/leaderboard"), null).andExpect(status().isOk());
		for (String stranger : List.of("manager2", "rep6", "support1")) {
			call(stranger, get("/api/v1/contests/" + id), null).andExpect(status().isNotFound());
			call(stranger, get("/api/v1/contests/" + id + "/leaderboard"), null).andExpect(status().isNotFound());
		}
		// a participant sees it but may not change or launch it
		call("rep1", post("/api/v1/contests/" + id + "/start"), null).andExpect(status().isForbidden());
		call("director", post("/api/v1/contests/" + id + "/fairness"), null).andExpect(status().isOk());
	}

	@Test
	void absoluteIsTheKpiOfTheRepOverTheSameDates() throws Exception {
		LocalDate from = TODAY.minusDays(90);
		LocalDate to = TODAY.minusDays(31);
		long id = create("director",
				body("回放", "ABSOLUTE", "TOP_N", from, to, "{\"usernames\":[\"rep1\",\"rep3\",\"rep7\"]}"));
		String board = json(
				call("director", get("/api/v1/contests/" + id + "/leaderboard"), null).andExpect(status().isOk()));
		List<Map<String, Object>> rows = JsonPath.read(board, "$.rows");
		assertThat(rows).hasSize(3);
		for (Map<String, Object> row : rows) {
			String kpis = json(call("director", get(
					"/api/v1/kpis?scope=rep:" + row.get("username") + "&from=" + from + "&to=" + to + "&codes=SALES"),
					null)
				.andExpect(status().isOk()));
			Number value = JsonPath.read(kpis, "$.kpis[0].value");
			Number lastYear = JsonPath.read(kpis, "$.kpis[0].lastYear");
			assertThat(new BigDecimal(row.get("value").toString())).isEqualByComparingTo(value.toString());
			assertThat(new BigDecimal(row.get("score").toString())).isEqualByComparingTo(value.toString());
			if (lastYear != null) {
				assertThat(new BigDecimal(row.get("baseline").toString())).isEqualByComparingTo(lastYear.toString());
			}
		}
		// ranks follow the values, highest first
		List<Number> values = JsonPath.read(board, "$.rows[*].value");
		assertThat(values.get(0).doubleValue()).isGreaterThanOrEqualTo(values.get(1).doubleValue());
		assertThat(values.get(1).doubleValue()).isGreaterThanOrEqualTo(values.get(2).doubleValue());
		List<Integer> ranks = JsonPath.read(board, "$.rows[*].rank");
		assertThat(ranks.get(0)).isEqualTo(1);
		// the evaluation: three windows of the contest's length, before, during and after
		long days = to.toEpochDay() - from.toEpochDay() + 1;
		call("director", get("/api/v1/contests/" + id + "/evaluation"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.windows[0].from").value(from.minusDays(days).toString()))
			.andExpect(jsonPath("$.windows[0].to").value(from.minusDays(1).toString()))
			.andExpect(jsonPath("$.windows[2].from").value(to.plusDays(1).toString()))
			.andExpect(jsonPath("$.windows[2].to").value(to.plusDays(days).toString()))
			.andExpect(jsonPath("$.verdict").value("PENDING"))
			.andExpect(jsonPath("$.netIncrementalProfit").isNumber());
	}

	@Test
	void rulesAreFrozenOnceLaunched() throws Exception {
		LocalDate from = LocalDate.of(2031, 6, 1);
		String body = body("六月赛", "ABSOLUTE", "THRESHOLD", from, from.plusDays(27),
				"{\"usernames\":[\"rep1\",\"rep2\"]}");
		long id = create("director", body);
		call("director", put("/api/v1/contests/" + id), body.replace("六月赛", "六月冲刺赛")).andExpect(status().isOk())
			.andExpect(jsonPath("$.rulesVersion").value(2))
			.andExpect(jsonPath("$.name").value("六月冲刺赛"));
		call("director", post("/api/v1/contests/" + id + "/start"), "{\"overrideReason\":\"测试\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
		call("director", put("/api/v1/contests/" + id), body).andExpect(status().isConflict());
		call("director", post("/api/v1/contests/" + id + "/start"), null).andExpect(status().isConflict());
		// every change is in the audit trail
		Integer changes = this.jdbc
			.sql("select count(*) from audit_event where entity_type = 'contest' and entity_id = :id")
			.param("id", Long.toString(id))
			.query(Integer.class)
			.single();
		assertThat(changes).isGreaterThanOrEqualTo(3);
	}

	@Test
	void theFairnessCheckReplaysFourWindowsAndAnUnfairLaunchNeedsAReason() throws Exception {
		LocalDate from = TODAY.minusDays(60);
		LocalDate to = from.plusDays(27);
		String teams = "{\"teamIds\":[" + teamOf("manager1") + "," + teamOf("manager2") + "," + teamOf("manager3")
				+ "]}";
		long id = create("director",
				body("单人冠军赛", "ABSOLUTE", "TOP_N", from, to, teams).replace("\"topN\":3", "\"topN\":1"));
		String result = json(
				call("director", post("/api/v1/contests/" + id + "/fairness"), null).andExpect(status().isOk())
					.andExpect(jsonPath("$.windows.length()").value(4))
					.andExpect(jsonPath("$.windows[0].to").value(from.minusDays(1).toString()))
					.andExpect(jsonPath("$.windows[0].from").value(from.minusDays(28).toString()))
					.andExpect(jsonPath("$.windows[3].to").value(from.minusDays(85).toString()))
					.andExpect(jsonPath("$.windows[3].from").value(from.minusDays(112).toString())));
		// one winner a window among 9+ reps: the win counts are concentrated, Gini ≥ (n −
		// 4) ÷ n > 0.5
		List<List<String>> winners = JsonPath.read(result, "$.windows[*].winners");
		assertThat(winners).allSatisfy((w) -> assertThat(w).hasSize(1));
		assertThat(((Number) JsonPath.read(result, "$.gini")).doubleValue()).isGreaterThan(0.5);
		assertThat((String) JsonPath.read(result, "$.verdict")).isEqualTo("UNFAIR");
		assertThat((List<String>) JsonPath.read(result, "$.reasons")).contains("GINI");
		call("director", post("/api/v1/contests/" + id + "/start"), "{}").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("overrideReason"));
		call("director", post("/api/v1/contests/" + id + "/start"), "{\"overrideReason\":\"年底只奖冠军，委员会同意\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overrideReason").value("年底只奖冠军，委员会同意"))
			.andExpect(jsonPath("$.status").value("EVALUATED"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theLeaderboardRanksTeamsByTheMeanOfTheirRankedReps() throws Exception {
		LocalDate from = TODAY.minusDays(70);
		String teams = "{\"teamIds\":[%d,%d]}".formatted(teamOf("manager1"), teamOf("manager2"));
		long id = create("director", body("两队对抗赛", "ABSOLUTE", "TOP_N", from, from.plusDays(27), teams));
		String json = json(
				call("director", get("/api/v1/contests/" + id + "/leaderboard"), null).andExpect(status().isOk()));
		List<Map<String, Object>> rows = JsonPath.read(json, "$.rows");
		List<Map<String, Object>> lines = JsonPath.read(json, "$.teams");
		assertThat(lines).hasSize(2);
		for (Map<String, Object> line : lines) {
			long team = ((Number) line.get("teamId")).longValue();
			List<String> members = this.jdbc.sql("select username from app_user where team_id = :t")
				.param("t", team)
				.query(String.class)
				.list();
			// by hand: the mean of the scores of the team's ranked rows
			List<BigDecimal> scores = rows.stream()
				.filter((row) -> members.contains(row.get("username")) && row.get("rank") != null)
				.map((row) -> new BigDecimal(row.get("score").toString()))
				.toList();
			BigDecimal mean = scores.stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(scores.size()), 6, java.math.RoundingMode.HALF_UP);
			assertThat(new BigDecimal(line.get("score").toString())).isEqualByComparingTo(mean);
			assertThat(line.get("ranked")).isEqualTo(scores.size());
		}
		BigDecimal first = new BigDecimal(lines.get(0).get("score").toString());
		BigDecimal second = new BigDecimal(lines.get(1).get("score").toString());
		assertThat(first).isGreaterThanOrEqualTo(second);
		assertThat(lines.get(0).get("rank")).isEqualTo(1);
		assertThat(lines.get(0).get("prize")).isEqualTo("TEAM_WINNER");
		assertThat(lines.get(1).get("prize")).isEqualTo((first.compareTo(second) == 0) ? "TEAM_WINNER" : null);
	}

}
