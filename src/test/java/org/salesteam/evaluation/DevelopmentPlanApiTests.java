package org.salesteam.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Development plans through the API on the demo company: the manager fills the three
 * columns, the rep ticks off their own column only, progress is items done ÷ items due,
 * the rep template's DEVELOPMENT_ITEMS_DONE counts the rep's column, the 30-day follow-up
 * waits in the inbox of rep and manager until recorded, and nobody else reads the plan.
 */
@IntegrationTest
class DevelopmentPlanApiTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private static final String REP = "rep4";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private EvaluationCalls calls;

	@org.junit.jupiter.api.BeforeEach
	void calls() {
		this.calls = new EvaluationCalls(this.mvc, this.jdbc);
	}

	private String body(ResultActions actions) throws Exception {
		return actions.andReturn().getResponse().getContentAsString();
	}

	private String item(String owner, String goal, int dueInDays, String extra) {
		return """
				{"owner":"%s","goal":"%s","action":"每周一次","dueOn":"%s"%s}""".formatted(owner, goal,
				TODAY.plusDays(dueInDays), extra);
	}

	private long itemId(String plan, String goal) {
		List<Integer> ids = JsonPath.read(plan, "$.items[?(@.goal == '" + goal + "')].id");
		return ids.get(0).longValue();
	}

	private String inbox(String user) throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc.perform(formLogin("/login").user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		return this.mvc.perform(get("/home/cockpit/inbox").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void threeColumnsTheRepTicksOffTheirOwnAndProgressIsDoneOverDue() throws Exception {
		String manager = this.calls.managerOf(REP);
		String plan = body(this.calls.call(manager, post("/api/v1/development-plans"), """
				{"username":"%s","title":"开发新客户","startedOn":"%s"}""".formatted(REP, TODAY.minusDays(31)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.nextFollowUp").value(30))
			.andExpect(jsonPath("$.nextFollowUpDue").value(TODAY.minusDays(1).toString())));
		long id = ((Number) JsonPath.read(plan, "$.id")).longValue();
		String items = "/api/v1/development-plans/" + id + "/items";
		this.calls.call(manager, post(items), item("REP", "名单", -1, ",\"kpiCode\":\"NEW_CUSTOMERS\""))
			.andExpect(status().isCreated());
		this.calls.call(manager, post(items), item("REP", "拜访", 30, "")).andExpect(status().isCreated());
		this.calls.call(manager, post(items), item("MANAGER", "陪访", -2, ",\"skill\":\"开发新客户\""))
			.andExpect(status().isCreated());
		plan = body(
				this.calls.call(manager, post(items), item("COMPANY", "培训", 60, "")).andExpect(status().isCreated()));
		assertThat((List<?>) JsonPath.read(plan, "$.items")).hasSize(4);

		// rules, naming the field; nothing added
		this.calls.call(manager, post(items), item("BOSS", "x", 1, ""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("owner"));
		this.calls.call(manager, post(items), item("REP", "x", 1, ",\"kpiCode\":\"NO_SUCH_KPI\""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("kpiCode"));

		// the rep: their own column only
		this.calls.call(REP, patch(items + "/" + itemId(plan, "陪访")), "{\"status\":\"DONE\"}")
			.andExpect(status().isForbidden());
		this.calls.call(REP, post(items), item("MANAGER", "x", 1, "")).andExpect(status().isForbidden());
		plan = body(this.calls.call(REP, patch(items + "/" + itemId(plan, "名单")), "{\"status\":\"DONE\"}")
			.andExpect(status().isOk()));
		// due by today: 名单 (done), 陪访 (open) → 1 of 2
		assertThat(((Number) JsonPath.read(plan, "$.progress")).doubleValue()).isEqualTo(0.5);
		assertThat((List<?>) JsonPath.read(this.calls.call(REP, get(items), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$")).hasSize(4);

		// the rep template's metric: the rep's column, due in the period → 名单 done of 名单,
		// 拜访
		String period = "from=" + TODAY.minusDays(10) + "&to=" + TODAY.plusDays(40);
		String card = body(this.calls.call(manager, get("/api/v1/scorecards/" + REP + "?" + period), null)
			.andExpect(status().isOk()));
		List<Number> done = JsonPath.read(card, "$.metrics[?(@.code == 'DEVELOPMENT_ITEMS_DONE')].value");
		assertThat(done.get(0).doubleValue()).isEqualTo(0.5);

		// nobody else's
		String otherRep = "rep1";
		this.calls.call(otherRep, get("/api/v1/development-plans/" + id), null).andExpect(status().isNotFound());
		this.calls.call(otherRep, get(items), null).andExpect(status().isNotFound());
		this.calls.call(otherRep, get("/api/v1/development-plans?username=" + REP), null)
			.andExpect(status().isNotFound());
		this.calls.call(otherRep, patch(items + "/" + itemId(plan, "拜访")), "{\"status\":\"DONE\"}")
			.andExpect(status().isNotFound());
		this.calls.call(this.calls.otherManager(manager), get("/api/v1/development-plans/" + id), null)
			.andExpect(status().isNotFound());
		this.calls.call("support1", get("/api/v1/development-plans/" + id), null).andExpect(status().isForbidden());
		this.calls.call(REP, post("/api/v1/development-plans"), """
				{"username":"%s","title":"自己的计划"}""".formatted(REP)).andExpect(status().isForbidden());

		// the 30-day follow-up waits on the home page of rep and manager until recorded
		assertThat(inbox(REP)).contains("/evaluation/plans?followUp=due");
		assertThat(inbox(manager)).contains("/evaluation/plans?followUp=due");
		this.calls.call(REP, post("/api/v1/development-plans/" + id + "/follow-ups"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.followUp30On").value(TODAY.toString()))
			.andExpect(jsonPath("$.nextFollowUp").value(60));
		assertThat(inbox(REP)).doesNotContain("/evaluation/plans?followUp=due");

		// audited: the plan's creation and its follow-up; each item's creation, and 名单's
		// status change
		assertThat(audited("developmentPlan", id)).isEqualTo(2);
		assertThat(audited("developmentPlanItem", itemId(plan, "名单"))).isEqualTo(2);
		assertThat(audited("developmentPlanItem", itemId(plan, "拜访"))).isEqualTo(1);
	}

	private int audited(String type, long id) {
		return this.jdbc.sql("select count(*) from audit_event where entity_type = :type and entity_id = :id")
			.param("type", type)
			.param("id", String.valueOf(id))
			.query(Integer.class)
			.single();
	}

}
