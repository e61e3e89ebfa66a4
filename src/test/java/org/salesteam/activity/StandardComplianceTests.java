package org.salesteam.activity;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Activity standards set by the rep's manager and compliance counted by hand: weekly
 * minimum 4 visits and 1 proposal/demonstration for rep8.
 */
@IntegrationTest
class StandardComplianceTests {

	@Autowired
	MockMvc mvc;

	@Test
	void weeksAreGreenAmberOrRedAgainstTheRepsOwnStandard() throws Exception {
		long rep8 = VisitApi.get(this.mvc, "rep8", "/api/v1/visit-plans/rep8/2032-W05")
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform((json) -> ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.repId")).longValue());
		String standard = """
				{"repId":%d,"period":"WEEK","minVisits":4,"minNewProspects":0,"minConversions":0,"minProposals":1}
				""".formatted(rep8);
		set("rep8", standard).andExpect(status().isForbidden());
		set("manager1", standard).andExpect(status().isForbidden());
		set("manager2", standard).andExpect(status().isOk());

		long x = VisitApi.customer(this.mvc, "台州达标测试彩盒厂", "rep8");
		// 2032-W05 (26 Jan–1 Feb): 4 visits, the first a proposal to a new prospect →
		// GREEN
		done(x, "2032-01-26", "PROPOSAL");
		done(x, "2032-01-27", "NEEDS");
		done(x, "2032-01-28", "NEEDS");
		done(x, "2032-02-01", "SERVICE");
		// 2032-W06 (2–8 Feb): 3 of 4 visits (75 %), one demonstration → AMBER
		done(x, "2032-02-02", "DEMONSTRATION");
		done(x, "2032-02-04", "NEEDS");
		done(x, "2032-02-08", "NEEDS");
		// 2032-W07 (9–15 Feb): 1 visit, no proposal; a planned one does not count → RED
		done(x, "2032-02-10", "NEEDS");
		VisitApi.plan(this.mvc, "rep8", x, "2032-02-12T09:00", "计划中的拜访");

		String row = "$[?(@.username == 'rep8')]";
		VisitApi.get(this.mvc, "manager2", "/api/v1/visit-standards/compliance?lastWeek=2032-W07&weeks=3")
			.andExpect(status().isOk())
			.andExpect(jsonPath(row + ".weeks[0].isoWeek").value("2032-W05"))
			.andExpect(jsonPath(row + ".weeks[0].actual.visits").value(4))
			.andExpect(jsonPath(row + ".weeks[0].actual.newProspects").value(1))
			.andExpect(jsonPath(row + ".weeks[0].actual.proposals").value(1))
			.andExpect(jsonPath(row + ".weeks[0].rating").value("GREEN"))
			.andExpect(jsonPath(row + ".weeks[1].actual.visits").value(3))
			.andExpect(jsonPath(row + ".weeks[1].actual.newProspects").value(0))
			.andExpect(jsonPath(row + ".weeks[1].rating").value("AMBER"))
			.andExpect(jsonPath(row + ".weeks[2].actual.visits").value(1))
			.andExpect(jsonPath(row + ".weeks[2].actual.proposals").value(0))
			.andExpect(jsonPath(row + ".weeks[2].rating").value("RED"));
		VisitApi.get(this.mvc, "manager1", "/api/v1/visit-standards/compliance?lastWeek=2032-W07&weeks=3")
			.andExpect(jsonPath(row).isEmpty());
		VisitApi.get(this.mvc, "rep8", "/api/v1/visit-plans/rep8/2032-W06")
			.andExpect(jsonPath("$.visitsNeeded").value(4))
			.andExpect(jsonPath("$.visitsDone").value(3));
	}

	private ResultActions set(String user, String body) throws Exception {
		return this.mvc.perform(put("/api/v1/visit-standards").header("Authorization", Tokens.bearer(this.mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private void done(long customer, String day, String type) throws Exception {
		long id = VisitApi.id(VisitApi.post(this.mvc, "rep8", "/api/v1/visits", """
				{"customerId":%d,"plannedAt":"%sT10:00","objective":"拜访","type":"%s"}
				""".formatted(customer, day, type)).andExpect(status().isCreated()).andReturn());
		VisitApi.post(this.mvc, "rep8", "/api/v1/visits/" + id + "/complete", """
				{"actualStart":"%sT10:00","actualEnd":"%sT11:00","result":"已沟通"}
				""".formatted(day, day)).andExpect(status().isOk());
	}

}
