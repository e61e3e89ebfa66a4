package org.salesteam.performance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salesteam.performance.KpiResults.expect;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visit, time and cost KPIs and the non-selling counts on the data of {@link KpiData}
 * and {@link FieldWorkData}, each expected value worked out by hand from their tables (an
 * hour of logged time costs 60 here, so the cost of the time is its minutes); and the
 * field-work rollups rebuilt from the activity module's facts equal to the ones the
 * events kept.
 */
@IntegrationTest
@TestPropertySource(properties = { "salesteam.test.context=kpi-field-work", "salesteam.performance.hourly-cost=60" })
class FieldWorkKpiTests {

	private static final String FIELD_WORK = "VISITS,VISITS_PER_DAY,VISITS_PER_CUSTOMER,VISITS_PER_NEW_CUSTOMER,"
			+ "PROSPECT_VISIT_SHARE,AVG_VISIT_MINUTES,PRESENTATION_MINUTES,SALES_PER_VISIT,PROFIT_PER_VISIT,"
			+ "SELLING_TIME_RATIO,COST_PER_VISIT,SALES_COST_RATIO,RETURN_ON_TIME,PROSPECT_CALLS,PROSPECT_LETTERS,"
			+ "PROPOSALS,COMPLAINTS_RESOLVED,SERVICE_VISITS,RECEIVABLES_COLLECTED";

	private static KpiData data;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void createData() throws Exception {
		if (data == null) {
			data = new KpiData(this.mvc, this.jdbc).create();
			new FieldWorkData(this.mvc, this.jdbc, data).create();
		}
	}

	@Test
	void computesEveryFieldWorkKpiOfARepByHand() throws Exception {
		Map<String, Map<String, Object>> kpis = feb("rep4", "rep:rep4");
		assertThat(kpis).hasSize(19);
		// V1–V4; V6 is in March, V7 not completed
		expect(kpis, "VISITS", "4", "4", null);
		// February 2010 starts on a Monday: 4 weeks = 20 working days, one rep
		expect(kpis, "VISITS_PER_DAY", "0.2", "4", "20");
		// A, C and P visited
		expect(kpis, "VISITS_PER_CUSTOMER", "1.333333", "4", "3");
		// new customers of February: C only (KpiApiTests)
		expect(kpis, "VISITS_PER_NEW_CUSTOMER", "4", "4", "1");
		// only P was still a prospect
		expect(kpis, "PROSPECT_VISIT_SHARE", "0.25", "1", "4");
		// 90 + 60 + 45 + 120 = 315 minutes; presentations 30 + 20 + 0 + 60 = 110
		expect(kpis, "AVG_VISIT_MINUTES", "78.75", "315", "4");
		expect(kpis, "PRESENTATION_MINUTES", "27.5", "110", "4");
		// sales 3800 and profit 1000 of February (KpiApiTests)
		expect(kpis, "SALES_PER_VISIT", "950", "3800", "4");
		expect(kpis, "PROFIT_PER_VISIT", "250", "1000", "4");
		// selling 240 + 60 + 180 (the replaced 02-04); non-selling 120 + 60 + 60
		expect(kpis, "SELLING_TIME_RATIO", "2", "480", "240");
		// expenses 150 + 80 + 0 + 200
		expect(kpis, "COST_PER_VISIT", "107.5", "430", "4");
		expect(kpis, "SALES_COST_RATIO", "0.113158", "430", "3800");
		// 480 + 240 = 720 minutes = 12 hours × 60 per hour = 720
		expect(kpis, "RETURN_ON_TIME", "1.388889", "1000", "720");
		// two calls (the third deleted), one letter; the quote counts nowhere
		expect(kpis, "PROSPECT_CALLS", "2", "2", null);
		expect(kpis, "PROSPECT_LETTERS", "1", "1", null);
		expect(kpis, "PROPOSALS", "1", "1", null);
		expect(kpis, "COMPLAINTS_RESOLVED", "1", "1", null);
		expect(kpis, "SERVICE_VISITS", "1", "1", null);
		expect(kpis, "RECEIVABLES_COLLECTED", "1234.5", "1234.5", null);
	}

	@Test
	void addsUpTeamsTerritoriesAndTheCompany() throws Exception {
		Map<String, Map<String, Object>> company = feb("director", "company");
		// V1–V5 by rep4 and rep9: two visiting reps × 20 working days
		expect(company, "VISITS", "5", "5", null);
		expect(company, "VISITS_PER_DAY", "0.125", "5", "40");
		// A, C, P and E
		expect(company, "VISITS_PER_CUSTOMER", "1.25", "5", "4");
		// sales 6800 (KpiApiTests); expenses 430 + 30
		expect(company, "SALES_PER_VISIT", "1360", "6800", "5");
		expect(company, "COST_PER_VISIT", "92", "460", "5");
		expect(company, "SALES_COST_RATIO", "0.067647", "460", "6800");
		expect(company, "SELLING_TIME_RATIO", "2", "480", "240");
		Map<String, Map<String, Object>> team2 = feb("director", "team:" + data.team("华东二部"));
		expect(team2, "VISITS", "1", "1", null);
		expect(team2, "AVG_VISIT_MINUTES", "60", "60", "1");
		expect(team2, "PROSPECT_CALLS", "0", "0", null);
		// rep9 logged no time in February 2010
		expect(team2, "SELLING_TIME_RATIO", null, "0", "0");
		expect(team2, "RETURN_ON_TIME", null, "1000", "0");
		// visits count in their customer's territory: A, C, P in SH
		Map<String, Map<String, Object>> shanghai = feb("director", "territory:SH");
		expect(shanghai, "VISITS", "4", "4", null);
		expect(shanghai, "RECEIVABLES_COLLECTED", "1234.5", "1234.5", null);
		// time is logged per person: no territory figures
		expect(shanghai, "SELLING_TIME_RATIO", null, "0", "0");
		Map<String, Map<String, Object>> jiangsu = feb("director", "territory:JS");
		expect(jiangsu, "VISITS", "1", "1", null);
		expect(jiangsu, "COST_PER_VISIT", "30", "30", "1");
		// March: only V6 (30 minutes, no expenses), no orders, no time
		Map<String, Map<String, Object>> march = KpiResults.kpis(this.mvc, "rep4", "rep:rep4", "2010-03-01",
				"2010-03-31", FIELD_WORK);
		expect(march, "VISITS", "1", "1", null);
		expect(march, "AVG_VISIT_MINUTES", "30", "30", "1");
		expect(march, "SALES_PER_VISIT", "0", "0", "1");
		expect(march, "VISITS_PER_NEW_CUSTOMER", null, "1", "0");
		expect(march, "PROSPECT_VISIT_SHARE", "0", "0", "1");
	}

	@Test
	void theRebuiltFieldWorkRollupsEqualTheOnesKeptByEvents() throws Exception {
		List<String> incremental = rollups();
		assertThat(incremental).anyMatch((row) -> row.startsWith("2010-02-03/"));
		this.jdbc.sql("update kpi_activity_day set visits = visits + 1 where activity_day = :d")
			.param("d", java.time.LocalDate.of(2010, 2, 3))
			.update();
		this.jdbc.sql("delete from kpi_time_day where time_day = :d")
			.param("d", java.time.LocalDate.of(2010, 2, 4))
			.update();
		assertThat(rollups()).isNotEqualTo(incremental);
		this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/kpis/rollups/rebuild")
				.header("Authorization", Tokens.bearer(this.mvc, "admin")))
			.andExpect(status().isOk());
		assertThat(rollups()).isEqualTo(incremental);
	}

	@Test
	void drillsDownToTheOrdersBehindSalesPerVisit() throws Exception {
		String feb = "?scope=rep:rep4&from=2010-02-01&to=2010-02-28";
		// orders 3, 4 and 6
		this.mvc
			.perform(MockMvcRequestBuilders.get("/api/v1/kpis/SALES_PER_VISIT/records" + feb)
				.header("Authorization", Tokens.bearer(this.mvc, "rep4")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("ORDERS"))
			.andExpect(jsonPath("$.total").value(3));
		this.mvc
			.perform(MockMvcRequestBuilders.get("/api/v1/kpis/VISITS/records" + feb)
				.header("Authorization", Tokens.bearer(this.mvc, "rep4")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("NONE"));
	}

	@Test
	void aRepMaySeeOnlyTheirOwnFieldWork() throws Exception {
		this.mvc
			.perform(
					MockMvcRequestBuilders.get("/api/v1/kpis?scope=rep:rep9&from=2010-02-01&to=2010-02-28&codes=VISITS")
						.header("Authorization", Tokens.bearer(this.mvc, "rep4")))
			.andExpect(status().isForbidden());
		expect(feb("manager2", "rep:rep9"), "VISITS", "1", "1", null);
	}

	@Test
	void goalsOfVisitsCostsCustomerProductsAndSegmentsAreMeasured() throws Exception {
		String category = this.jdbc.sql("select category from product where code = 'SW-002'")
			.query(String.class)
			.single();
		long segment = this.jdbc.sql("select min(id) from market_segment").query(Long.class).single();
		this.jdbc.sql("update customer set segment_id = :s where id = :id")
			.param("s", segment)
			.param("id", data.customers.get("C"))
			.update();
		// 4 completed visits of 8; the month is long over: 20 of 20 working days
		progress(goal("VISITS", "8", null), "4", "0.5", "0.5", "4");
		// 430 ÷ 4 = 107.50 a visit against at most 100: a ceiling, attained = 100 ÷
		// 107.50,
		// not cumulative, no pace
		progress(goal("VISIT_COST", "100", null), "107.5", "0.9302", null, "107.5");
		// A's February purchases of SW-002's category: orders 3 and 6 = 2000 + 1200
		progress(
				goal("CUSTOMER_PRODUCT", "4000",
						",\"customerId\":%d,\"productCategory\":\"%s\"".formatted(data.customers.get("A"), category)),
				"3200", "0.8", "0.8", "3200");
		// the segment holds C only: order 4 (600); order 8 was cancelled
		progress(goal("SEGMENT_SALES", "1200", ",\"segmentId\":%d".formatted(segment)), "600", "0.5", "0.5", "600");
		// expenses of February 2009 (V8: 600) − February 2010 (430) = 170 less
		progress(goal("EXPENSE_REDUCTION", "200", null), "170", "0.85", "0.85", "170");
	}

	private long goal(String type, String target, String extra) throws Exception {
		var result = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/goals")
				.header("Authorization", Tokens.bearer(this.mvc, "rep4"))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"type\":\"%s\",\"scope\":\"rep:rep4\",\"period\":\"2010-02\",\"target\":%s%s}"
					.formatted(type, target, (extra != null) ? extra : "")))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id"))
			.longValue();
	}

	private void progress(long goal, String actual, String attained, String pace, String forecast) throws Exception {
		var result = this.mvc
			.perform(MockMvcRequestBuilders.get("/api/v1/goals/" + goal + "/progress")
				.header("Authorization", Tokens.bearer(this.mvc, "rep4")))
			.andExpect(status().isOk())
			.andReturn();
		Map<String, Object> p = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$");
		assertThat(p.get("measured")).as("measured").isEqualTo(true);
		assertThat(p.get("workingDays")).isEqualTo(20);
		for (String[] field : new String[][] { { "actual", actual }, { "attained", attained }, { "pace", pace },
				{ "forecast", forecast } }) {
			Object got = p.get(field[0]);
			if (field[1] == null) {
				assertThat(got).as(p.get("type") + " " + field[0]).isNull();
			}
			else {
				assertThat(new java.math.BigDecimal(String.valueOf(got))).as(p.get("type") + " " + field[0])
					.isEqualByComparingTo(field[1]);
			}
		}
	}

	private Map<String, Map<String, Object>> feb(String user, String scope) throws Exception {
		return KpiResults.kpis(this.mvc, user, scope, "2010-02-01", "2010-02-28", FIELD_WORK);
	}

	/** Every row of both field-work rollups as text, in key order. */
	private List<String> rollups() {
		List<String> rows = new java.util.ArrayList<>(this.jdbc.sql("""
				select activity_day, rep_key, territory_key, customer_key, visits, prospect_visits, visit_minutes,
				       presentation_minutes, visit_expenses, prospect_calls, prospect_letters, proposals,
				       complaints_resolved, service_visits, collected
				from kpi_activity_day order by activity_day, rep_key, territory_key, customer_key
				""").query((rs, row) -> {
			StringBuilder text = new StringBuilder(rs.getDate(1).toString());
			for (int i = 2; i <= 15; i++) {
				java.math.BigDecimal value = rs.getBigDecimal(i);
				text.append('/').append(value.stripTrailingZeros().toPlainString());
			}
			return text.toString();
		}).list());
		rows.addAll(this.jdbc.sql("""
				select time_day, user_key, selling_minutes, non_selling_minutes, logged_minutes
				from kpi_time_day order by time_day, user_key
				""")
			.query((rs, row) -> "time " + rs.getDate(1) + "/" + rs.getLong(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4)
					+ "/" + rs.getInt(5))
			.list());
		return rows;
	}

}
