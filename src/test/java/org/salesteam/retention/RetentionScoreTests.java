package org.salesteam.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.retention.internal.DailyRiskScores;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visit-standard reason and the stored daily score with its trend (ADR 0034), in 2011
 * (before the demo company's orders, visits and stored days):
 *
 * <pre>
 * drifting, class B (visit standard 60 days), rep13
 *   orders 2011-03-01, 03-11, 04-10, 04-30: gaps 10, 30, 20 → T = 20, overdue beyond D = 30, dormant beyond 60
 *   one completed visit 2011-04-15
 * as of        D   state    visit in (asOf − 60, asOf]?  risk
 * 2011-05-24   24  ACTIVE   yes (04-15 > 03-25)           0   ← stored by the nightly job's method
 * 2011-06-13   44  OVERDUE  yes (04-15 > 04-14)          30
 * 2011-06-14   45  OVERDUE  no  (04-15 is not > 04-15)   40  (OVERDUE 30 + NO_VISIT 10)
 * </pre>
 *
 * The trend as of 06-14 compares with the latest day stored at least 7 days before (≤
 * 06-07): 05-24, risk 0 → RISING. As of 05-30 nothing is stored on or before 05-23: no
 * trend.
 */
@IntegrationTest
class RetentionScoreTests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final LocalDate STORED = LocalDate.parse("2011-05-24");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DailyRiskScores daily;

	private long drifting;

	private RetentionTestCalls api;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		return this.api.call(user, request, body);
	}

	@BeforeEach
	void data() throws Exception {
		this.api = new RetentionTestCalls(this.mvc, this.jdbc);
		String code = "RS-" + System.nanoTime() % 1_000_000_000L + "-" + NEXT.incrementAndGet();
		this.drifting = this.api.customer(code, "风险趋势测试" + NEXT.get(), 300_000, "rep13");
		for (String date : new String[] { "2011-03-01", "2011-03-11", "2011-04-10", "2011-04-30" }) {
			this.api.order("rep13", this.drifting, date);
		}
		RetentionTestCalls.created(call("rep13", post("/api/v1/visits/record"), """
				{"customerId":%d,"objective":"回访","actualStart":"2011-04-15T09:00","actualEnd":"2011-04-15T10:00",
				 "result":"客户满意"}
				""".formatted(this.drifting)));
	}

	private ResultActions reading(String asOf) throws Exception {
		return call("rep13", get("/api/v1/retention/customers/" + this.drifting + "?asOf=" + asOf), null)
			.andExpect(status().isOk());
	}

	@Test
	void noVisitCountsOnlyBeyondTheClassStandard() throws Exception {
		reading("2011-06-13").andExpect(jsonPath("$.customerClass").value("B"))
			.andExpect(jsonPath("$.daysSinceLastOrder").value(44))
			.andExpect(jsonPath("$.state").value("OVERDUE"))
			.andExpect(jsonPath("$.risk").value(30))
			.andExpect(jsonPath("$.reasons.length()").value(1));
		reading("2011-06-14").andExpect(jsonPath("$.state").value("OVERDUE"))
			.andExpect(jsonPath("$.risk").value(40))
			.andExpect(jsonPath("$.health").value(60))
			.andExpect(jsonPath("$.reasons[1]").value("NO_VISIT"));
	}

	@Test
	void theNightlyScoreIsStoredOncePerDayAndTheListShowsWhichWayTheRiskWent() throws Exception {
		this.daily.store(STORED);
		int scored = this.daily.store(STORED);
		assertThat(this.jdbc
			.sql("select state || ' ' || risk || ' ' || health || ' [' || reasons || ']' from retention_score_day "
					+ "where customer_id = :c")
			.param("c", this.drifting)
			.query(String.class)
			.list()).containsExactly("ACTIVE 0 100 []");
		assertThat(scored).isEqualTo(this.jdbc.sql("select count(*) from retention_score_day where score_date = :d")
			.param("d", STORED)
			.query(Integer.class)
			.single());
		reading("2011-06-14").andExpect(jsonPath("$.risk").value(40))
			.andExpect(jsonPath("$.previousOn").value("2011-05-24"))
			.andExpect(jsonPath("$.previousRisk").value(0))
			.andExpect(jsonPath("$.previousHealth").value(100))
			.andExpect(jsonPath("$.riskTrend").value("RISING"));
		reading("2011-05-30").andExpect(jsonPath("$.state").value("ACTIVE"))
			.andExpect(jsonPath("$.previousOn").doesNotExist())
			.andExpect(jsonPath("$.riskTrend").doesNotExist());
		String list = call("manager3",
				get("/api/v1/retention/customers?asOf=2011-06-14&scope=rep:rep13&state=OVERDUE&size=500"), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(list, "$.items[?(@.customerId == " + this.drifting + ")].riskTrend"))
			.containsExactly("RISING");
		MockHttpSession rep13 = (MockHttpSession) this.mvc.perform(formLogin("/login").user("rep13").password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		String html = this.mvc.perform(get("/retention").param("asOf", "2011-06-14").session(rep13))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-trend=\"RISING\"").contains("风险上升：2011-05-24 为 0 分");
	}

}
