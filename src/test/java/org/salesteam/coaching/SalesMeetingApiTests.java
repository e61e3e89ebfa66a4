package org.salesteam.coaching;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sales meetings from outside: a manager records one with attendees and actions (201), a
 * rep may not (403), bad choices and unknown owners are 422 naming the field; attendees
 * read it, a rep of another team gets 404; an action is closed by its owner (another
 * attendee 403); MEETING_ACTION_CLOSURE over the rep's actions by hand; the demo's
 * meetings on the page.
 */
@IntegrationTest
class SalesMeetingApiTests {

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

	/** A manager and two reps of the manager's team, and a rep of another team. */
	private String[] people() {
		String manager = this.jdbc.sql("""
				select m.username from sales_team t join app_user m on m.id = t.manager_id
				where m.username like 'manager%' order by m.username fetch first 1 rows only""")
			.query(String.class)
			.single();
		java.util.List<String> own = this.jdbc
			.sql("""
					select u.username from app_user u join sales_team t on t.id = u.team_id join app_user m on m.id = t.manager_id
					where m.username = :m and u.username like 'rep%' and u.active order by u.username""")
			.param("m", manager)
			.query(String.class)
			.list();
		String other = this.jdbc
			.sql("""
					select u.username from app_user u join sales_team t on t.id = u.team_id join app_user m on m.id = t.manager_id
					where m.username <> :m and u.username like 'rep%' and u.active order by u.username fetch first 1 rows only""")
			.param("m", manager)
			.query(String.class)
			.single();
		return new String[] { manager, own.get(0), own.get(1), other };
	}

	private static String meeting(String rep, String attendee, String purpose, String owner) {
		return """
				{"heldOn":"2026-01-05","title":"问题研讨：开发新客户","purpose":"%s","topic":"PROSPECTING",
				 "format":"GROUP_DISCUSSION","agenda":"1. 数据诊断","decisions":"每人每月拜访两家新客户",
				 "attendees":["%s","%s"],
				 "actions":[{"description":"交潜在客户名单","owner":"%s","dueOn":"2019-03-05"},
				            {"description":"演练转介绍话术","owner":"%s","dueOn":"2019-03-10"},
				            {"description":"下季度回顾","owner":"%s","dueOn":"2031-01-20"}]}""".formatted(purpose, rep,
				attendee, owner, rep, rep);
	}

	@Test
	void recordReadCloseAndTheClosureRate() throws Exception {
		String[] p = people();
		String manager = p[0];
		String rep = p[1];
		String attendee = p[2];
		String other = p[3];
		call(rep, post("/api/v1/sales-meetings"), meeting(rep, attendee, "TRAINING", rep))
			.andExpect(status().isForbidden());
		call(manager, post("/api/v1/sales-meetings"), meeting(rep, attendee, "PARTY", rep))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("purpose"));
		call(manager, post("/api/v1/sales-meetings"), meeting(rep, attendee, "TRAINING", "nobody-here"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("actions[0].owner"));
		String created = call(manager, post("/api/v1/sales-meetings"), meeting(rep, attendee, "TRAINING", rep))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.attendees.length()").value(2))
			.andExpect(jsonPath("$.actions[0].overdue").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		call(attendee, get("/api/v1/sales-meetings/" + id), null).andExpect(status().isOk());
		call(other, get("/api/v1/sales-meetings/" + id), null).andExpect(status().isNotFound());
		call(attendee, post("/api/v1/sales-meetings/" + id + "/actions/0/close"), null)
			.andExpect(status().isForbidden());
		// closed today, after its due day in 2019: late; the 2031 one closed early: in
		// time
		call(rep, post("/api/v1/sales-meetings/" + id + "/actions/0/close"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.actions[0].closedInTime").value(false));
		call(rep, post("/api/v1/sales-meetings/" + id + "/actions/2/close"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.actions[2].closedInTime").value(true));
		// March 2019: both actions due (past), none closed by its day → 0 of 2
		String march = call(rep,
				get("/api/v1/kpis?codes=MEETING_ACTION_CLOSURE&scope=rep:" + rep + "&from=2019-03-01&to=2019-03-31"),
				null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Number>read(march, "$.kpis[0].numerator").intValue()).isZero();
		assertThat(JsonPath.<Number>read(march, "$.kpis[0].denominator").intValue()).isEqualTo(2);
		// January 2031: the one action, closed early, counts as due and in time → 1 of 1
		String later = call(rep,
				get("/api/v1/kpis?codes=MEETING_ACTION_CLOSURE&scope=rep:" + rep + "&from=2031-01-01&to=2031-01-31"),
				null)
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Number>read(later, "$.kpis[0].value").doubleValue()).isEqualTo(1.0);
		assertThat(JsonPath.<Number>read(later, "$.kpis[0].denominator").intValue()).isEqualTo(1);
	}

	@Test
	void theDemoMeetingsOnTheList() throws Exception {
		String manager = people()[0];
		call(manager, get("/api/v1/sales-meetings"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.title == '问题研讨：开发新客户' && @.heldOn != '2026-01-05')].purpose")
				.value(org.hamcrest.Matchers.hasItem("PROBLEM_SOLVING")));
	}

	@Test
	void thePagesListAMeetingAndCloseAnAction() throws Exception {
		String manager = people()[0];
		org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession) this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/login")
				.user(manager)
				.password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		String list = this.mvc.perform(get("/sales-meetings").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("问题研讨：开发新客户", "newMeeting", "navSalesMeetings");
		String saved = this.mvc
			.perform(post("/sales-meetings").session(session)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("title", "月度例会")
				.param("heldOn", "2026-02-02")
				.param("purpose", "COMMUNICATION")
				.param("format", "PRESENTATION")
				.param("action0", "整理本月报价")
				.param("owner0", manager)
				.param("due0", "2026-02-10"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(saved).matches("/sales-meetings/\\d+");
		String page = this.mvc.perform(get(saved).session(session).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("月度例会", "Communication", "action-0", "Mark done");
		this.mvc
			.perform(post(saved + "/actions/0/close").session(session)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mvc.perform(get(saved).session(session).param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Closed late").doesNotContain("Mark done");
	}

}
