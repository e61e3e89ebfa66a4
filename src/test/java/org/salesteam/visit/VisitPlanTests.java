package org.salesteam.visit;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The weekly visit schedule: needed (the standard) against done, submission by the rep
 * and review only by the manager of the rep's team or a director.
 */
@IntegrationTest
class VisitPlanTests {

	private static final String WEEK = "/api/v1/visit-plans/rep4/2021-W10";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWeekCountsVisitsDoneAgainstTheStandardAndIsReviewedByTheRepsManager() throws Exception {
		// 2021-W10 runs Monday 8 to Sunday 14 March 2021; the company default is 10
		// visits
		// a week
		long a = VisitApi.customer(this.mvc, "宁波周计划测试印业", "rep4");
		long b = VisitApi.customer(this.mvc, "绍兴周计划测试纸业", "rep4");
		long done = VisitApi.plannedBack(this.mvc, this.jdbc, "rep4", a, "2021-03-08T09:00", "确认春季订单");
		VisitApi.plannedBack(this.mvc, this.jdbc, "rep4", b, "2021-03-10T14:00", "介绍新品");
		VisitApi.plannedBack(this.mvc, this.jdbc, "rep4", a, "2021-03-15T09:00", "下周的拜访不计入");
		VisitApi.post(this.mvc, "rep4", "/api/v1/visits/" + done + "/complete", """
				{"actualStart":"2021-03-08T09:00","actualEnd":"2021-03-08T10:00","result":"确认 20 万订单"}
				""").andExpect(status().isOk());
		VisitApi.get(this.mvc, "rep4", WEEK)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visitsNeeded").value(10))
			.andExpect(jsonPath("$.visitsDone").value(1))
			.andExpect(jsonPath("$.visits.length()").value(2))
			.andExpect(jsonPath("$.visits[0].customerId").value(a))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.classMix.B").value(2));

		VisitApi.post(this.mvc, "rep4", WEEK + "/review", "{\"decision\":\"APPROVED\"}")
			.andExpect(status().isForbidden());
		VisitApi.post(this.mvc, "rep5", WEEK + "/submit", "{}").andExpect(status().isNotFound());
		VisitApi.get(this.mvc, "rep5", WEEK).andExpect(status().isNotFound());
		VisitApi.get(this.mvc, "manager2", WEEK).andExpect(status().isNotFound());
		VisitApi.post(this.mvc, "manager1", WEEK + "/review", "{\"decision\":\"APPROVED\"}")
			.andExpect(status().isUnprocessableContent());

		// 2 visits against a standard of 10: submitted with the reason
		VisitApi.post(this.mvc, "rep4", WEEK + "/submit", "{\"reason\":\"本周在厂里跟进打样\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		VisitApi.post(this.mvc, "rep4", WEEK + "/submit", "").andExpect(status().isUnprocessableContent());
		VisitApi.post(this.mvc, "manager2", WEEK + "/review", "{\"decision\":\"APPROVED\"}")
			.andExpect(status().isNotFound());
		VisitApi.post(this.mvc, "admin", WEEK + "/review", "{\"decision\":\"APPROVED\"}")
			.andExpect(status().isForbidden());
		VisitApi.post(this.mvc, "manager1", WEEK + "/review", "{\"decision\":\"RETURNED\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		VisitApi.post(this.mvc, "manager1", WEEK + "/review", "{\"decision\":\"RETURNED\",\"comment\":\"A 类客户太少\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.reviewComment").value("A 类客户太少"));
		VisitApi.post(this.mvc, "rep4", WEEK + "/submit", "{\"reason\":\"本周在厂里跟进打样\"}")
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		VisitApi.post(this.mvc, "director", WEEK + "/review", "{\"decision\":\"APPROVED\",\"comment\":\"好\"}")
			.andExpect(jsonPath("$.status").value("APPROVED"));
		VisitApi.get(this.mvc, "manager1", "/api/v1/visit-plans?week=2021-W10")
			.andExpect(jsonPath("$[?(@.username == 'rep4')].status").value("APPROVED"))
			.andExpect(jsonPath("$[?(@.username == 'rep4')].visitsPlanned").value(2))
			.andExpect(jsonPath("$[?(@.username == 'rep6')]").isEmpty());
		VisitApi.get(this.mvc, "rep4", "/api/v1/visit-plans/rep4/not-a-week").andExpect(status().isNotFound());
	}

}
