package org.salesteam.retention;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Annual review meetings with a key account (ADR 0047), from outside. rep13's key account
 * has orders of 1,000 on D − 10 and D − 100 (the year before the meeting day D = today −
 * 5), one on D − 400 (the year before that) and one on D + 2 (after D: not in the pack),
 * so the pack says sales 2,000 against 1,000, +100.0 %. A planned review whose day passed
 * is OVERDUE in the year's view; recording it makes it HELD; the rules refuse with 422 on
 * the field (nothing written), 403 for support staff, 404 for another rep.
 */
@IntegrationTest
class AccountReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private RetentionTestCalls api;

	private long account;

	private String name;

	private LocalDate meetingDay;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		return this.api.call(user, request, body);
	}

	@BeforeEach
	void data() throws Exception {
		this.api = new RetentionTestCalls(this.mvc, this.jdbc);
		RetentionTestCalls.Created created = this.api.uniqueCustomer("AR", "年度评估客户", 2_000_000, "rep13");
		this.account = created.id();
		this.name = created.name();
		this.jdbc.sql("update customer set key_account = true where id = :c").param("c", this.account).update();
		this.meetingDay = LocalDate.now(this.clock).minusDays(5);
	}

	private MockHttpSession session(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private long plan(LocalDate day) throws Exception {
		return RetentionTestCalls.created(call("rep13", post("/api/v1/account-reviews"),
				"{\"customerId\":%d,\"plannedOn\":\"%s\"}".formatted(this.account, day)));
	}

	private String stateOf(long review) {
		return this.jdbc.sql("select status from retention_account_review where id = :r")
			.param("r", review)
			.query(String.class)
			.single();
	}

	@Test
	void aReviewIsPlannedShownOverdueHeldWithItsPackAndActions() throws Exception {
		for (int daysBefore : new int[] { 10, 100, 400, -2 }) {
			this.api.order("rep13", this.account, this.meetingDay.minusDays(daysBefore));
		}
		long review = plan(this.meetingDay);
		int year = this.meetingDay.getYear();
		call("director", get("/api/v1/account-reviews?year=" + year + "&scope=rep:rep13"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.customerId == %d)].compliance".formatted(this.account)).value("OVERDUE"));
		call("rep13", get("/api/v1/account-reviews/" + review), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.overdue").value(true))
			.andExpect(jsonPath("$.pack.sales").value(2000.0))
			.andExpect(jsonPath("$.pack.salesYearBefore").value(1000.0))
			.andExpect(jsonPath("$.pack.salesChangePercent").value(100.0))
			.andExpect(jsonPath("$.pack.requests").value(0));
		call("rep1", get("/api/v1/account-reviews/" + review), null).andExpect(status().isNotFound());
		String minutes = """
				{"heldOn":"%s","points":["MEAL","ASK_REFERRALS"],"feedback":"交期满意","satisfaction":%d,
				 "referralAsked":true,"referralReceived":"关联公司市场部",
				 "actions":[{"description":"寄环保纸样册","owner":"rep13","dueOn":"%s"},
				            {"description":"报价方案","owner":"%s","dueOn":"%s"}]}""";
		LocalDate due = this.meetingDay.plusDays(30);
		call("rep13", post("/api/v1/account-reviews/" + review + "/minutes"),
				minutes.formatted(this.meetingDay.plusDays(6), 4, due, "rep13", due))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("heldOn"));
		call("rep13", post("/api/v1/account-reviews/" + review + "/minutes"),
				minutes.formatted(this.meetingDay, 6, due, "rep13", due))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
		call("rep13", post("/api/v1/account-reviews/" + review + "/minutes"),
				minutes.formatted(this.meetingDay, 4, due, "nobody-here", due))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("actions[1].owner"));
		call("rep13", post("/api/v1/account-reviews/" + review + "/minutes"),
				minutes.formatted(this.meetingDay, 4, this.meetingDay.minusDays(1), "rep13", due))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("actions[0].dueOn"));
		assertThat(stateOf(review)).isEqualTo("PLANNED");
		call("support1", post("/api/v1/account-reviews/" + review + "/minutes"),
				minutes.formatted(this.meetingDay, 4, due, "rep13", due))
			.andExpect(status().isNotFound());
		call("rep13", post("/api/v1/account-reviews/" + review + "/minutes"),
				minutes.formatted(this.meetingDay, 4, due, "rep13", due))
			.andExpect(status().isOk());
		call("rep13", post("/api/v1/account-reviews/" + review + "/actions/1/done"), null).andExpect(status().isOk());
		call("rep13", get("/api/v1/account-reviews/" + review), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.satisfaction").value(4))
			.andExpect(jsonPath("$.points.length()").value(2))
			.andExpect(jsonPath("$.actions[0].ownerUsername").value("rep13"))
			.andExpect(jsonPath("$.actions[0].doneOn").doesNotExist())
			.andExpect(jsonPath("$.actions[1].doneOn").value(LocalDate.now(this.clock).toString()));
		call("director", get("/api/v1/account-reviews?year=" + year + "&scope=rep:rep13"), null)
			.andExpect(jsonPath("$[?(@.customerId == %d)].compliance".formatted(this.account)).value("HELD"));
		call("rep13", post("/api/v1/account-reviews/" + review + "/cancel"), null)
			.andExpect(status().isUnprocessableEntity());
		String page = this.mvc.perform(get("/account-reviews/" + review).session(session("rep13")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(this.name).contains("寄环保纸样册").contains("安排一顿饭");
	}

	@Test
	void onlyKeyAccountsAtMostTwiceAYearAndNotBySupportStaff() throws Exception {
		long other = this.api.customer("AR-N-" + System.nanoTime() % 1_000_000_000L, this.name + "-普通", 300_000,
				"rep13");
		call("rep13", post("/api/v1/account-reviews"),
				"{\"customerId\":%d,\"plannedOn\":\"%s\"}".formatted(other, this.meetingDay))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("customerId"));
		call("rep13", post("/api/v1/account-reviews"), "{\"customerId\":%d}".formatted(this.account))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("plannedOn"));
		call("rep1", post("/api/v1/account-reviews"),
				"{\"customerId\":%d,\"plannedOn\":\"%s\"}".formatted(this.account, this.meetingDay))
			.andExpect(status().isNotFound());
		call("support1", post("/api/v1/account-reviews"),
				"{\"customerId\":%d,\"plannedOn\":\"%s\"}".formatted(this.account, this.meetingDay))
			.andExpect(status().isForbidden());
		long first = plan(this.meetingDay);
		plan(this.meetingDay);
		call("rep13", post("/api/v1/account-reviews"),
				"{\"customerId\":%d,\"plannedOn\":\"%s\"}".formatted(this.account, this.meetingDay))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("plannedOn"));
		// a cancelled review frees its place
		call("rep13", post("/api/v1/account-reviews/" + first + "/cancel"), null).andExpect(status().isOk());
		plan(this.meetingDay);
		String list = call("rep13", get("/api/v1/account-reviews?year=" + this.meetingDay.getYear()), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<java.util.List<Integer>>read(list,
				"$[?(@.customerId == %d)].reviews[*].id".formatted(this.account)))
			.hasSize(2)
			.doesNotContain((int) first);
		this.mvc.perform(get("/account-reviews?year=" + this.meetingDay.getYear()).session(session("rep13")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.name)));
	}

}
