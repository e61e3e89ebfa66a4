package org.salesteam.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Progress-potential reviews and the 9-box through the API on the demo company: the
 * quartile on a review is the scorecard's, whatever is typed; a draft is hidden from the
 * rep, a shared review is theirs to acknowledge; another rep, another team's manager and
 * support staff cannot read it; the 9-box places reps by review and a director's
 * calibration needs a reason and is audited.
 */
@IntegrationTest
class PotentialReviewApiTests {

	private static final int LAST_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

	private static final String PERIOD = "from=" + LAST_YEAR + "-01-01&to=" + LAST_YEAR + "-12-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private EvaluationCalls calls;

	@org.junit.jupiter.api.BeforeEach
	void calls() {
		this.calls = new EvaluationCalls(this.mvc, this.jdbc);
	}

	private long write(String manager, String rep, String extra) throws Exception {
		String body = """
				{"username":"%s","from":"%d-01-01","to":"%d-12-31","quartile":1,"strengths":"稳定的老客户关系",
				 "weaknesses":"毛利低","promoteNow":false,"futureCandidate":true,"candidateWhen":"ONE_YEAR",
				 "positions":"大客户经理","meetingOn":"%d-01-20"%s}""".formatted(rep, LAST_YEAR, LAST_YEAR, LAST_YEAR + 1,
				extra);
		String created = this.calls.call(manager, post("/api/v1/potential-reviews"), body)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	@Test
	void aReviewShowsTheScorecardsQuartileAndIsTheRepsOnceShared() throws Exception {
		String manager = this.calls.managerOf("rep3");
		String card = this.calls.read(manager, "/api/v1/scorecards/rep3?" + PERIOD);
		Integer quartile = JsonPath.read(card, "$.quartile");
		long id = write(manager, "rep3", "");
		String review = this.calls.read(manager, "/api/v1/potential-reviews/" + id);
		// typed "quartile":1 is ignored: the quartile is the scorecard's
		assertThat((Integer) JsonPath.read(review, "$.quartile")).isEqualTo(quartile);
		assertThat((String) JsonPath.read(review, "$.status")).isEqualTo("DRAFT");
		assertThat((String) JsonPath.read(review, "$.potential")).isEqualTo("MEDIUM");
		assertThat((String) JsonPath.read(review, "$.meetingOn")).isEqualTo((LAST_YEAR + 1) + "-01-20");

		// a draft is the manager's own
		this.calls.call("rep3", get("/api/v1/potential-reviews/" + id), null).andExpect(status().isNotFound());
		List<Integer> ownIds = JsonPath.read(this.calls.read("rep3", "/api/v1/potential-reviews"), "$[*].id");
		assertThat(ownIds).doesNotContain((int) id);
		this.calls.call("rep3", post("/api/v1/potential-reviews/" + id + "/acknowledge"), "{}")
			.andExpect(status().isNotFound());

		this.calls.call(manager, post("/api/v1/potential-reviews/" + id + "/share"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SHARED"));
		this.calls.call("rep3", get("/api/v1/potential-reviews/" + id), null).andExpect(status().isOk());
		ownIds = JsonPath.read(this.calls.read("rep3", "/api/v1/potential-reviews?username=rep3"), "$[*].id");
		assertThat(ownIds).contains((int) id);

		// nobody else's
		String otherRep = "rep1";
		this.calls.call(otherRep, get("/api/v1/potential-reviews/" + id), null).andExpect(status().isNotFound());
		this.calls.call(otherRep, get("/api/v1/potential-reviews?username=rep3"), null)
			.andExpect(status().isNotFound());
		this.calls.call(this.calls.otherManager(manager), get("/api/v1/potential-reviews/" + id), null)
			.andExpect(status().isNotFound());
		this.calls.call("support1", get("/api/v1/potential-reviews/" + id), null).andExpect(status().isForbidden());

		// acknowledged by the rep alone; reviews are written by managers and directors
		this.calls.call(manager, post("/api/v1/potential-reviews/" + id + "/acknowledge"), "{}")
			.andExpect(status().isForbidden());
		this.calls.call("rep3", post("/api/v1/potential-reviews/" + id + "/acknowledge"), """
				{"comment":"同意，先抓毛利"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.repComment").value("同意，先抓毛利"));
		this.calls.call("rep3", post("/api/v1/potential-reviews"), """
				{"username":"rep3","strengths":"我很好"}""").andExpect(status().isForbidden());
	}

	private List<String> noticed(String type, long id) {
		return this.jdbc.sql("""
				select u.username from notification n join app_user u on u.id = n.recipient_id
				where n.event_key = :key order by u.username""")
			.param("key", type + ":" + id)
			.query(String.class)
			.list();
	}

	@Test
	void sharingTellsTheRepAndTheAcknowledgementTellsTheAuthorAndTheRepsManager() throws Exception {
		String manager = this.calls.managerOf("rep3");
		long id = write("director", "rep3", "");
		assertThat(noticed("POTENTIAL_REVIEW_SHARED", id)).isEmpty();

		this.calls.call("director", post("/api/v1/potential-reviews/" + id + "/share"), null)
			.andExpect(status().isOk());
		assertThat(noticed("POTENTIAL_REVIEW_SHARED", id)).containsExactly("rep3");
		String inbox = this.calls.read("rep3", "/api/v1/notifications?lang=zh-CN");
		List<String> links = JsonPath.read(inbox, "$[?(@.event == 'POTENTIAL_REVIEW_SHARED')].link");
		assertThat(links).contains("/evaluation/scorecards/rep3/reviews");
		List<String> texts = JsonPath.read(inbox, "$[?(@.event == 'POTENTIAL_REVIEW_SHARED')].text");
		assertThat(texts).anySatisfy(
				(text) -> assertThat(text).contains("林振华").contains(LAST_YEAR + "-01-01 – " + LAST_YEAR + "-12-31"));
		// sharing again tells nobody twice
		this.calls.call("director", post("/api/v1/potential-reviews/" + id + "/share"), null)
			.andExpect(status().isOk());
		assertThat(noticed("POTENTIAL_REVIEW_SHARED", id)).containsExactly("rep3");

		assertThat(noticed("POTENTIAL_REVIEW_ACKNOWLEDGED", id)).isEmpty();
		this.calls.call("rep3", post("/api/v1/potential-reviews/" + id + "/acknowledge"), "{}")
			.andExpect(status().isOk());
		assertThat(noticed("POTENTIAL_REVIEW_ACKNOWLEDGED", id)).containsExactlyInAnyOrder("director", manager);
		List<String> managerLinks = JsonPath.read(this.calls.read(manager, "/api/v1/notifications"),
				"$[?(@.event == 'POTENTIAL_REVIEW_ACKNOWLEDGED')].link");
		assertThat(managerLinks).contains("/evaluation/scorecards/rep3/reviews");

		// a review written and shared at once tells the rep as well
		long sharedAtOnce = write(manager, "rep3", ",\"share\":true");
		assertThat(noticed("POTENTIAL_REVIEW_SHARED", sharedAtOnce)).containsExactly("rep3");
	}

	@Test
	void anIncompleteReviewIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		String manager = this.calls.managerOf("rep3");
		Integer before = this.jdbc.sql("select count(*) from potential_review").query(Integer.class).single();
		this.calls.call(manager, post("/api/v1/potential-reviews"), """
				{"username":"rep3","promoteNow":false}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("strengths"));
		this.calls.call(manager, post("/api/v1/potential-reviews"), """
				{"username":"rep3","strengths":"稳","futureCandidate":true}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("candidateWhen"));
		this.calls.call(manager, post("/api/v1/potential-reviews"), """
				{"strengths":"稳"}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		assertThat(this.jdbc.sql("select count(*) from potential_review").query(Integer.class).single())
			.isEqualTo(before);
	}

	@Test
	void theNineBoxReadsTheLiveQuartileAndShowsTheReviewsCopyWhenTheyDiffer() throws Exception {
		String rep = "rep5";
		String manager = this.calls.managerOf(rep);
		long id = write(manager, rep, ",\"share\":true");
		int live = JsonPath.read(this.calls.read("director", "/api/v1/scorecards/" + rep), "$.quartile");
		// the copy on the review as if the data had changed since: another quartile
		int copy = (live % 4) + 1;
		this.jdbc.sql("update potential_review set quartile = :q where id = :id")
			.param("q", copy)
			.param("id", id)
			.update();
		String grid = this.calls.read("director", "/api/v1/nine-box?scope=company");
		String expected = (live == 1) ? "HIGH" : (live == 4) ? "LOW" : "MEDIUM";
		List<Integer> lives = JsonPath.read(grid, "$.boxes[*].people[?(@.username == '" + rep + "')].quartile");
		List<Integer> copies = JsonPath.read(grid, "$.boxes[*].people[?(@.username == '" + rep + "')].reviewQuartile");
		List<String> box = JsonPath.read(grid, "$.boxes[?(@.performance == '" + expected + "')].people[*].username");
		assertThat(lives).containsExactly(live);
		assertThat(copies).containsExactly(copy);
		assertThat(box).contains(rep);
		// the review keeps its copy
		this.calls.call("director", get("/api/v1/potential-reviews/" + id), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quartile").value(copy));
	}

	@Test
	void theNineBoxPlacesRepsByTheirLatestReviewAndADirectorCalibratesWithAReason() throws Exception {
		this.calls.call("rep3", get("/api/v1/nine-box?scope=company"), null).andExpect(status().isForbidden());
		this.calls.call("support1", get("/api/v1/nine-box?scope=company"), null).andExpect(status().isForbidden());

		// Arlene: a candidate in six months (the demo's review) → medium potential;
		// performance from her quartile on the live scorecard of the reviewed period (the
		// last closed year, the scorecard's default)
		Integer quartile = JsonPath.read(this.calls.read("director", "/api/v1/scorecards/rep7"), "$.quartile");
		String expected = (quartile == 1) ? "HIGH" : (quartile == 4) ? "LOW" : "MEDIUM";
		String grid = this.calls.read("director", "/api/v1/nine-box?scope=company");
		List<String> box = JsonPath.read(grid,
				"$.boxes[?(@.performance == '" + expected + "' && @.potential == 'MEDIUM')].people[*].username");
		assertThat(box).contains("rep7");

		// a team's 9-box holds only its reps
		String manager = this.calls.managerOf("rep3");
		long team = this.jdbc.sql("select team_id from app_user where username = 'rep3'").query(Long.class).single();
		List<String> members = this.jdbc.sql("select username from app_user where team_id = :t")
			.param("t", team)
			.query(String.class)
			.list();
		String teamGrid = this.calls.read(manager, "/api/v1/nine-box?scope=team:" + team);
		List<String> placed = JsonPath.read(teamGrid, "$.boxes[*].people[*].username");
		List<String> apart = JsonPath.read(teamGrid, "$.unplaced[*].username");
		assertThat(placed).contains("rep3");
		assertThat(members).containsAll(placed).containsAll(apart);

		long id = write(manager, "rep3", ",\"share\":true");
		String calibration = """
				{"performance":"MEDIUM","potential":"HIGH","reason":"%s"}""";
		this.calls.call(manager, put("/api/v1/potential-reviews/" + id + "/calibration"), calibration.formatted("理由"))
			.andExpect(status().isForbidden());
		this.calls.call("director", put("/api/v1/potential-reviews/" + id + "/calibration"), calibration.formatted(" "))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.calls.call("director", put("/api/v1/potential-reviews/" + id + "/calibration"), """
				{"performance":"HIGH","potential":"SOMETIMES","reason":"x"}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("potential"));
		this.calls
			.call("director", put("/api/v1/potential-reviews/" + id + "/calibration"),
					calibration.formatted("新区域第一年，潜力被低估"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.calibrated").value(true))
			.andExpect(jsonPath("$.performance").value("MEDIUM"))
			.andExpect(jsonPath("$.potential").value("HIGH"));
		List<String> calibrated = JsonPath.read(this.calls.read("director", "/api/v1/nine-box?scope=company"),
				"$.boxes[?(@.performance == 'MEDIUM' && @.potential == 'HIGH')].people[?(@.calibrated == true)].username");
		assertThat(calibrated).contains("rep3");
		Integer audited = this.jdbc.sql("""
				select count(*) from audit_event where entity_type = 'potentialReview' and entity_id = :id
				and username = 'director'""").param("id", Long.toString(id)).query(Integer.class).single();
		assertThat(audited).isEqualTo(1);
	}

}
