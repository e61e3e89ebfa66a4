package org.salesteam.worklog;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work-log pages: reachable from the nav and the home page, in Chinese and English,
 * 303 after a change, managers' pages refused to reps.
 */
@IntegrationTest
class WorklogPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aRepLogsAnActivityOnThePageAndSeesItListed() throws Exception {
		MockHttpSession rep1 = signIn("rep1");
		long customer = WorklogApi.customer(this.mvc, "宁波页面活动测试有限公司", "rep1");
		this.mvc
			.perform(post("/activities").session(rep1)
				.with(csrf())
				.param("type", "COMPLAINT_RESOLVED")
				.param("date", LocalDate.now(this.clock).toString())
				.param("customerId", String.valueOf(customer))
				.param("durationMinutes", "45")
				.param("outcome", "色差问题已重印补货"))
			.andExpect(status().isSeeOther());
		this.mvc.perform(get("/activities").param("customerId", String.valueOf(customer)).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"navActivities\"")))
			.andExpect(content().string(containsString("解决的顾客申诉")))
			.andExpect(content().string(containsString("色差问题已重印补货")));
		this.mvc.perform(get("/").session(rep1))
			.andExpect(content().string(containsString("id=\"homeTimeUse\"")))
			.andExpect(content().string(not(containsString("id=\"homeManagerWeek\""))));
	}

	@Test
	void anActivityForAnInvisibleCustomerIsRefusedOnThePage() throws Exception {
		long customer = WorklogApi.customer(this.mvc, "温州页面不可见测试有限公司", "rep2");
		long before = WorklogApi.count(this.jdbc, "activity_log");
		this.mvc
			.perform(post("/activities").session(signIn("rep1"))
				.with(csrf())
				.param("type", "SERVICE_VISIT")
				.param("date", LocalDate.now(this.clock).toString())
				.param("customerId", String.valueOf(customer))
				.param("durationMinutes", "45"))
			.andExpect(status().isNotFound());
		assertThat(WorklogApi.count(this.jdbc, "activity_log")).isEqualTo(before);
	}

	@Test
	void aRepLogsTheDayAndReadsTheRatioInEitherLanguage() throws Exception {
		MockHttpSession rep4 = signIn("rep4");
		LocalDate day = LocalDate.now(this.clock).minusYears(4);
		this.mvc
			.perform(post("/time-use").session(rep4)
				.with(csrf())
				.param("date", day.toString())
				.param("minutes[SELLING_FACE_TO_FACE]", "90")
				.param("minutes[TRAVEL]", "60"))
			.andExpect(status().isSeeOther());
		// 90 / 60 = 1.5
		this.mvc.perform(get("/time-use").param("from", day.toString()).param("to", day.toString()).session(rep4))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("销售时间 ÷ 非销售时间")))
			.andExpect(content().string(containsString(">1.5<")))
			.andExpect(content().string(containsString("data-chart-url")));
		this.mvc
			.perform(get("/time-use").param("from", day.toString())
				.param("to", day.toString())
				.param("lang", "en")
				.session(rep4))
			.andExpect(content().string(containsString("Selling ÷ non-selling time")));
		this.mvc.perform(get("/time-use/chart").param("from", day.toString()).param("to", day.toString()).session(rep4))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.series[0].data[0].value").value(1.5));
		this.mvc
			.perform(get("/time-use").param("from", day.minusDays(1).toString())
				.param("to", day.minusDays(1).toString())
				.session(rep4))
			.andExpect(content().string(containsString("id=\"sellingRatio\">—<")));
	}

	@Test
	void managersPlanTheirWeekAndRateThemselvesRepsAreRefused() throws Exception {
		MockHttpSession manager3 = signIn("manager3");
		this.mvc
			.perform(post("/manager-week").session(manager3)
				.with(csrf())
				.param("week", "2018-W20")
				.param("goals", "华南部回款 95%", "")
				.param("superior", "季度目标分解")
				.param("customers", "按期交货")
				.param("own", "辅导新人")
				.param("review", "完成"))
			.andExpect(status().isSeeOther());
		this.mvc.perform(get("/manager-week").param("week", "2018-W20").session(manager3))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("华南部回款 95%")))
			.andExpect(content().string(containsString("从潜在客户的角度")));
		this.mvc.perform(get("/").session(manager3))
			.andExpect(content().string(containsString("id=\"homeManagerWeek\"")))
			.andExpect(content().string(containsString("id=\"navManagerWeek\"")));
		this.mvc
			.perform(post("/self-assessments").session(manager3)
				.with(csrf())
				.param("rating[STEP_1]", "GOOD")
				.param("rating[SKILL_20]", "POOR"))
			.andExpect(status().isSeeOther());
		this.mvc.perform(get("/self-assessments").param("lang", "en").session(manager3))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A one-year strategic marketing plan for every key account")));
		this.mvc.perform(get("/manager-week").session(signIn("rep1"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/self-assessments").session(signIn("rep1"))).andExpect(status().isForbidden());
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
