package org.salesteam.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.support.IntegrationTest;
import org.salesteam.visit.internal.VisitFilter;
import org.salesteam.visit.internal.VisitList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, defect 13: the visit list, the rep's home and the week read the way a rep
 * works through a week.
 */
@IntegrationTest
class VisitWeekTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	VisitList list;

	@Test
	void theVisitListShowsUpcomingVisitsSoonestFirstThenPastOnesMostRecentFirst() throws Exception {
		long customer = VisitApi.customer(this.mvc, "金华排序测试包装厂", "rep1");
		String name = this.jdbc.sql("select name from customer where id = :id")
			.param("id", customer)
			.query(String.class)
			.single();
		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2024-01-10T10:00", "排序-去年年初");
		VisitApi.plan(this.mvc, "rep1", customer, "2033-01-05T10:00", "排序-远期");
		VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2025-06-01T10:00", "排序-最近过去");
		VisitApi.plan(this.mvc, "rep1", customer, now.plusDays(1).toString(), "排序-明天");
		String page = this.mvc.perform(get("/visits").param("q", name).session(VisitApi.signIn(this.mvc, "rep1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsSubsequence("id=\"upcomingDivider\"", "排序-明天", "排序-远期", "id=\"pastDivider\"",
				"排序-最近过去", "排序-去年年初");
	}

	@Test
	void pagingThroughTheUpcomingFirstListCrossesFromUpcomingToPastWithoutLosingOrRepeatingAVisit() throws Exception {
		long customer = VisitApi.customer(this.mvc, "金华翻页测试包装厂", "rep1");
		String name = this.jdbc.sql("select name from customer where id = :id")
			.param("id", customer)
			.query(String.class)
			.single();
		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2024-01-10T10:00", "翻页-4");
		VisitApi.plan(this.mvc, "rep1", customer, "2033-01-05T10:00", "翻页-2");
		VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2025-06-01T10:00", "翻页-3");
		VisitApi.plan(this.mvc, "rep1", customer, now.plusDays(1).toString(), "翻页-1");
		UserPrincipal rep1 = this.jdbc.sql("select id, display_name from app_user where username = 'rep1'")
			.query((rs, n) -> new UserPrincipal(rs.getLong(1), "rep1", "", rs.getString(2), Set.of(Role.REP),
					Locale.SIMPLIFIED_CHINESE, 0, true, false))
			.single();
		List<String> seen = new ArrayList<>();
		Integer next = 0;
		while (next != null) {
			var found = this.list.find(rep1,
					VisitFilter.upcomingFirst(name, null, null, null, null, LocalDate.now(this.clock), next, 1));
			found.items().forEach((row) -> seen.add(row.objective()));
			next = found.nextPage();
		}
		// a page of one visit at a time: soonest upcoming, furthest upcoming, most recent
		// past, oldest past
		assertThat(seen).containsExactly("翻页-1", "翻页-2", "翻页-3", "翻页-4");
	}

	@Test
	void theRepsHomeStartsWithTodaysVisitsAndTheFollowUpsDue() throws Exception {
		long customer = VisitApi.customer(this.mvc, "衢州今日测试纸品厂", "rep1");
		LocalDate today = LocalDate.now(this.clock);
		long todays = VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, today.atTime(0, 5).toString(),
				"今日-送合同");
		// yesterday's visit planned a follow-up for today; an older one's follow-up is
		// overdue
		long dueToday = followUp(customer, today.minusDays(1), today, "今日-确认样品");
		long overdue = followUp(customer, today.minusDays(5), today, "今日-催回款");
		this.jdbc.sql("update visit set visit_date = :d, planned_at = :at where id = :id")
			.param("d", today.minusDays(2))
			.param("at", today.minusDays(2).atTime(10, 0))
			.param("id", overdue)
			.update();
		// a later follow-up is not due yet
		followUp(customer, today.minusDays(1), today.plusDays(3), "今日-以后再说");

		String home = this.mvc.perform(get("/").session(VisitApi.signIn(this.mvc, "rep1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("id=\"today\"", "/visits/" + todays + "\"", "/visits/" + dueToday + "\"",
				"/visits/" + overdue + "\"", "今日拜访", "到期跟进");
		assertThat(home).doesNotContain("今日-以后再说");
		// at the top: before the portfolio, today's visits then the follow-ups, the
		// overdue one first
		assertThat(home).containsSubsequence("id=\"today\"", "今日-送合同", "id=\"todayFollowUps\"", "今日-催回款", "今日-确认样品",
				"id=\"portfolio\"");
		// support staff do no field work: no "today"
		this.mvc.perform(get("/").session(VisitApi.signIn(this.mvc, "support1")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"today\""))));
	}

	@Test
	void aCustomerCreatedTodayIsNotCountedAsNotVisitedFor30Days() throws Exception {
		String week = "/api/v1/visit-plans/rep1/" + isoWeek(LocalDate.now(this.clock));
		int before = notVisited(week);
		long fresh = VisitApi.customer(this.mvc, "湖州新建测试彩印厂", "rep1");
		assertThat(notVisited(week)).isEqualTo(before);
		VisitApi.get(this.mvc, "rep1", week)
			.andExpect(jsonPath("$.notVisited[?(@.customerId == " + fresh + ")]").isEmpty());
		// created 40 days ago and never visited: it is
		long old = VisitApi.customer(this.mvc, "湖州老客户测试彩印厂", "rep1");
		this.jdbc.sql("update customer set created_at = :at where id = :id")
			.param("at", OffsetDateTime.now(this.clock).minusDays(40))
			.param("id", old)
			.update();
		assertThat(notVisited(week)).isEqualTo(before + 1);
	}

	@Test
	void aWeekBelowTheStandardIsSubmittedWithAReasonTheManagerSeesAndTheReviewCommentLeadsTheWeek() throws Exception {
		// 2022-W20 (16–22 May 2022): rep1 has one visit against the company's 10
		String week = "/api/v1/visit-plans/rep1/2022-W20";
		long customer = VisitApi.customer(this.mvc, "嘉兴周提交测试纸箱厂", "rep1");
		VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2022-05-17T10:00", "送样");
		VisitApi.post(this.mvc, "rep1", week + "/submit", "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.detail").value(containsString("提交前请写明原因")));
		VisitApi.get(this.mvc, "rep1", week).andExpect(jsonPath("$.status").value("DRAFT"));

		MockHttpSession rep1 = VisitApi.signIn(this.mvc, "rep1");
		this.mvc.perform(get("/visit-plans/rep1/2022-W20").session(rep1))
			.andExpect(content().string(containsString("name=\"reason\"")))
			.andExpect(content().string(containsString("低于标准")));
		this.mvc.perform(post("/visit-plans/rep1/2022-W20/submit").session(rep1).with(csrf()).param("reason", " "))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("error", "visitPlan.validation.reasonRequired"));
		this.mvc
			.perform(post("/visit-plans/rep1/2022-W20/submit").session(rep1)
				.with(csrf())
				.param("reason", "客户集中在展会期间见面，本周以展会为主"))
			.andExpect(status().isSeeOther());
		VisitApi.get(this.mvc, "manager1", week)
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.shortfallReason").value("客户集中在展会期间见面，本周以展会为主"));
		MockHttpSession manager1 = VisitApi.signIn(this.mvc, "manager1");
		this.mvc.perform(get("/visit-plans/rep1/2022-W20").session(manager1))
			.andExpect(content().string(containsString("客户集中在展会期间见面，本周以展会为主")))
			.andExpect(content().string(containsString("id=\"approvePlan\"")));

		VisitApi.post(this.mvc, "manager1", week + "/review", """
				{"decision":"RETURNED","comment":"展会结束后补上 A 类客户的拜访"}
				""").andExpect(status().isOk());
		String page = this.mvc.perform(get("/visit-plans/rep1/2022-W20").session(rep1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsSubsequence("id=\"reviewComment\"", "展会结束后补上 A 类客户的拜访", "id=\"weekTable\"");
	}

	private long followUp(long customer, LocalDate visited, LocalDate next, String nextAction) throws Exception {
		String body = VisitApi.post(this.mvc, "rep1", "/api/v1/visits/record", """
				{"customerId":%d,"objective":"拜访","actualStart":"%sT09:00","actualEnd":"%sT10:00",
				 "result":"已沟通","nextAction":"%s","nextVisitDate":"%s"}
				""".formatted(customer, visited, visited, nextAction, next))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.followUpId")).longValue();
	}

	private int notVisited(String week) throws Exception {
		String body = VisitApi.get(this.mvc, "rep1", week).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.notVisitedCount")).intValue();
	}

	private static String isoWeek(LocalDate day) {
		return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

}
