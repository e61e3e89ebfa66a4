package org.salesteam.visit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.performance.internal.KpiRollups;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14, contract 2: completing a visit needs its result (and a next action with a
 * next visit date), not its actual start and end. A visit reported without them has no
 * measured duration and is in neither the numerator nor the denominator of the duration
 * KPIs; the report page still offers the planned time.
 */
@IntegrationTest
class VisitWithoutTimesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KpiRollups rollups;

	/**
	 * rep1's April 2019 (no demo visits that long ago): V1 09:00–10:30 = 90 minutes with
	 * a presentation of 30, V2 14:00–14:45 = 45 minutes with 15, V3 without times
	 * (presentation 20, not measured). Visits 3; average visit 135 / 2 = 67.5 minutes;
	 * presentation 45 / 2 = 22.5 minutes; expenses 100 + 50 + 60 = 210 over all 3 visits.
	 */
	@Test
	void aVisitCompletedWithoutActualTimesIsLeftOutOfTheDurationKpis() throws Exception {
		long customer = VisitApi.customer(this.mvc, "杭州无时长拜访测试包装公司", "rep1");
		long v1 = VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2019-04-02T09:00", "了解需求");
		long v2 = VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2019-04-03T14:00", "介绍方案");
		long v3 = VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2019-04-04T10:00", "送样品");
		long v4 = VisitApi.plannedBack(this.mvc, this.jdbc, "rep1", customer, "2019-04-05T10:00", "催收货款");
		complete(v1, """
				{"actualStart":"2019-04-02T09:00","actualEnd":"2019-04-02T10:30","presentationMinutes":30,
				 "result":"确认明年预算","expenses":{"travel":100}}
				""");
		complete(v2, """
				{"actualStart":"2019-04-03T14:00","actualEnd":"2019-04-03T14:45","presentationMinutes":15,
				 "result":"方案通过初审","expenses":{"travel":50}}
				""");
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + v3 + "/complete", """
				{"presentationMinutes":20,"result":"样品已交采购部","nextAction":"电话确认样品测试结果",
				 "nextVisitDate":"2032-04-11","expenses":{"meals":60}}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.visitDate").value("2019-04-04"))
			.andExpect(jsonPath("$.actualStart").doesNotExist())
			.andExpect(jsonPath("$.durationMinutes").doesNotExist())
			.andExpect(jsonPath("$.followUpId").isNumber());
		// the result stays required; the times go together
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + v4 + "/complete", "{\"result\":\" \"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("result"));
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + v4 + "/complete", """
				{"actualStart":"2019-04-05T10:00","result":"已收款"}
				""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("actualEnd"));
		assertThat(VisitApi.status(this.jdbc, v4)).isEqualTo("PLANNED");

		assertAprilKpis();
		// the rollups rebuilt from the visits give the same figures
		this.rollups.rebuild();
		assertAprilKpis();

		// the report page of a visit offers its planned time
		MockHttpSession rep1 = VisitApi.signIn(this.mvc, "rep1");
		this.mvc.perform(get("/visits/" + v4 + "/complete").session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*name=\"start\" value=\"10:00(:00)?\".*")))
			.andExpect(content().string(matchesPattern("(?s).*name=\"end\" value=\"11:00(:00)?\".*")))
			.andExpect(content().string(matchesPattern("(?s).*name=\"date\" value=\"2019-04-05\".*")));
		this.mvc.perform(get("/visits/" + v3).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*（未填实际起止时间，不计入访问时长指标）.*")));
	}

	private void assertAprilKpis() throws Exception {
		String body = VisitApi
			.get(this.mvc, "rep1",
					"/api/v1/kpis?scope=rep:rep1&from=2019-04-01&to=2019-04-30"
							+ "&codes=VISITS,AVG_VISIT_MINUTES,PRESENTATION_MINUTES,COST_PER_VISIT")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> kpis = JsonPath.read(body, "$.kpis");
		assertThat(kpis)
			.extracting((k) -> k.get("code") + " " + plain(k.get("value")) + " " + plain(k.get("numerator")) + "/"
					+ plain(k.get("denominator")))
			.containsExactlyInAnyOrder("VISITS 3 3/null", "AVG_VISIT_MINUTES 67.5 135/2",
					"PRESENTATION_MINUTES 22.5 45/2", "COST_PER_VISIT 70 210/3");
	}

	private void complete(long visit, String body) throws Exception {
		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + visit + "/complete", body).andExpect(status().isOk());
	}

	private static String plain(Object number) {
		return (number != null) ? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString() : "null";
	}

}
