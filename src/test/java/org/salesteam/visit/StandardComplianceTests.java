package org.salesteam.visit;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
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

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void weeksAreGreenAmberOrRedAgainstTheRepsOwnStandard() throws Exception {
		long rep8 = repId("rep8");
		String standard = """
				{"repId":%d,"period":"WEEK","minVisits":4,"minNewProspects":0,"minConversions":0,"minProposals":1}
				""".formatted(rep8);
		set("rep8", standard).andExpect(status().isForbidden());
		set("manager1", standard).andExpect(status().isForbidden());
		set("manager2", standard).andExpect(status().isOk());

		long x = VisitApi.customer(this.mvc, "台州达标测试彩盒厂", "rep8");
		// 2004-W05 (26 Jan–1 Feb): 4 visits, the first a proposal to a new prospect →
		// GREEN
		done(x, "2004-01-26", "PROPOSAL");
		done(x, "2004-01-27", "NEEDS");
		done(x, "2004-01-28", "NEEDS");
		done(x, "2004-02-01", "SERVICE");
		// 2004-W06 (2–8 Feb): 3 of 4 visits (75 %), one demonstration, x still a prospect
		// →
		// AMBER
		done(x, "2004-02-02", "DEMONSTRATION");
		done(x, "2004-02-04", "NEEDS");
		done(x, "2004-02-08", "NEEDS");
		// 2004-W07 (9–15 Feb): 1 visit, no proposal; a planned one does not count → RED
		done(x, "2004-02-10", "NEEDS");
		VisitApi.plannedBack(this.mvc, this.jdbc, "rep8", x, "2004-02-12T09:00", "计划中的拜访");

		String row = "$[?(@.username == 'rep8')]";
		VisitApi.get(this.mvc, "manager2", "/api/v1/visit-standards/compliance?lastWeek=2004-W07&weeks=3")
			.andExpect(status().isOk())
			.andExpect(jsonPath(row + ".weeks[0].isoWeek").value("2004-W05"))
			.andExpect(jsonPath(row + ".weeks[0].actual.visits").value(4))
			.andExpect(jsonPath(row + ".weeks[0].actual.newProspects").value(1))
			.andExpect(jsonPath(row + ".weeks[0].actual.proposals").value(1))
			.andExpect(jsonPath(row + ".weeks[0].rating").value("GREEN"))
			.andExpect(jsonPath(row + ".weeks[1].actual.visits").value(3))
			.andExpect(jsonPath(row + ".weeks[1].actual.newProspects").value(1))
			.andExpect(jsonPath(row + ".weeks[1].rating").value("AMBER"))
			.andExpect(jsonPath(row + ".weeks[1].shortfalls[0].measure").value("VISITS"))
			.andExpect(jsonPath(row + ".weeks[2].actual.visits").value(1))
			.andExpect(jsonPath(row + ".weeks[2].actual.proposals").value(0))
			.andExpect(jsonPath(row + ".weeks[2].rating").value("RED"));
		VisitApi.get(this.mvc, "manager1", "/api/v1/visit-standards/compliance?lastWeek=2004-W07&weeks=3")
			.andExpect(jsonPath(row).isEmpty());
		VisitApi.get(this.mvc, "rep8", "/api/v1/visit-plans/rep8/2004-W06")
			.andExpect(jsonPath("$.visitsNeeded").value(4))
			.andExpect(jsonPath("$.visitsDone").value(3));
	}

	@Test
	void monthsAreRatedAgainstTheMonthlyStandardAndCountConversionsWithTheUnqualifiedApart() throws Exception {
		long rep9 = repId("rep9");
		set("manager2", """
				{"repId":%d,"period":"MONTH","minVisits":4,"minNewProspects":1,"minConversions":0,"minProposals":1}
				""".formatted(rep9)).andExpect(status().isOk());
		long x = VisitApi.customer(this.mvc, "丽水月度测试纸盒厂", "rep9");
		long y = VisitApi.customer(this.mvc, "衢州月度测试彩印厂", "rep9");
		// 2004-01: 4 visits, the first a proposal to the new prospect x → GREEN
		done("rep9", x, "2004-01-05", "PROPOSAL");
		done("rep9", x, "2004-01-12", "NEEDS");
		done("rep9", x, "2004-01-19", "NEEDS");
		done("rep9", x, "2004-01-31", "SERVICE");
		// 2004-02: 3 of 4 visits (75 %), a demonstration to the new prospect y; prospects
		// y
		// and x visited → AMBER
		done("rep9", y, "2004-02-02", "DEMONSTRATION");
		done("rep9", y, "2004-02-10", "NEEDS");
		done("rep9", x, "2004-02-29", "NEEDS");
		// 2004-03: one visit to a known customer, no proposal → RED
		done("rep9", x, "2004-03-03", "NEEDS");

		String row = "$[?(@.username == 'rep9')]";
		VisitApi.get(this.mvc, "manager2", "/api/v1/visit-standards/compliance/monthly?lastMonth=2004-03&months=3")
			.andExpect(status().isOk())
			.andExpect(jsonPath(row + ".months[0].month").value("2004-01"))
			.andExpect(jsonPath(row + ".months[0].minimums.visits").value(4))
			.andExpect(jsonPath(row + ".months[0].actual.visits").value(4))
			.andExpect(jsonPath(row + ".months[0].actual.newProspects").value(1))
			.andExpect(jsonPath(row + ".months[0].actual.proposals").value(1))
			.andExpect(jsonPath(row + ".months[0].rating").value("GREEN"))
			.andExpect(jsonPath(row + ".months[1].actual.visits").value(3))
			.andExpect(jsonPath(row + ".months[1].actual.newProspects").value(2))
			.andExpect(jsonPath(row + ".months[1].rating").value("AMBER"))
			.andExpect(jsonPath(row + ".months[2].actual.visits").value(1))
			.andExpect(jsonPath(row + ".months[2].rating").value("RED"));
		VisitApi.get(this.mvc, "manager1", "/api/v1/visit-standards/compliance/monthly?lastMonth=2004-03&months=3")
			.andExpect(jsonPath(row).isEmpty());
		VisitApi.get(this.mvc, "manager2", "/api/v1/visit-standards/compliance/monthly?lastMonth=2004-3x")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("lastMonth"));

		// this month: one more conversion, not qualified, after rep9's first order today
		String thisMonth = "/api/v1/visit-standards/compliance/monthly?months=1";
		int[] before = conversions(thisMonth, row);
		long envelopes = this.jdbc.sql("select id from product where code = 'SW-002'").query(Long.class).single();
		VisitApi.post(this.mvc, "rep9", "/api/v1/orders", """
				{"customerId":%d,"lines":[{"productId":%d,"quantity":1}]}
				""".formatted(y, envelopes)).andExpect(status().isCreated());
		assertThat(conversions(thisMonth, row)).containsExactly(before[0] + 1, before[1] + 1);
	}

	/**
	 * A prospect counts once in each period in which the rep visited it while it was a
	 * prospect, whether or not someone visited it before; the reason for the colour is on
	 * the cell; the month and week in progress are not rated.
	 */
	@Test
	void prospectsVisitedCountOncePerPeriodAndTheReasonIsOnTheCell() throws Exception {
		long rep10 = repId("rep10");
		set("manager2", """
				{"repId":%d,"period":"MONTH","minVisits":2,"minNewProspects":2,"minConversions":0,"minProposals":0}
				""".formatted(rep10)).andExpect(status().isOk());
		long p = VisitApi.customer(this.mvc, "温州潜客测试包装厂", "rep10");
		long q = VisitApi.customer(this.mvc, "湖州潜客测试印刷厂", "rep10");
		// 2004-04: p once → visits 1/2, prospects 1/2: both at 50 % → RED
		done("rep10", p, "2004-04-20", "NEEDS");
		// 2004-05: p twice (visited before, in April) and q once → visits 3/2, prospects
		// p and q = 2/2 → GREEN
		done("rep10", p, "2004-05-03", "NEEDS");
		done("rep10", p, "2004-05-10", "PROPOSAL");
		done("rep10", q, "2004-05-20", "NEEDS");

		String row = "$[?(@.username == 'rep10')]";
		String json = VisitApi
			.get(this.mvc, "manager2", "/api/v1/visit-standards/compliance/monthly?lastMonth=2004-05&months=2")
			.andExpect(jsonPath(row + ".months[0].actual.newProspects").value(1))
			.andExpect(jsonPath(row + ".months[0].rating").value("RED"))
			.andExpect(jsonPath(row + ".months[1].actual.visits").value(3))
			.andExpect(jsonPath(row + ".months[1].actual.newProspects").value(2))
			.andExpect(jsonPath(row + ".months[1].rating").value("GREEN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<String> april = com.jayway.jsonpath.JsonPath.read(json,
				row + ".months[0].shortfalls[*].measure");
		java.util.List<String> may = com.jayway.jsonpath.JsonPath.read(json, row + ".months[1].shortfalls[*].measure");
		assertThat(april).containsExactly("VISITS", "PROSPECTS");
		assertThat(may).isEmpty();
		// the reason is written on the cell, not only in a tooltip
		org.springframework.mock.web.MockHttpSession manager2 = VisitApi.signIn(this.mvc, "manager2");
		String page = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/visit-standards/compliance?lastMonth=2004-05")
				.session(manager2))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("潜在客户 1/2");
		// the month and week in progress are progress, not red
		VisitApi.get(this.mvc, "manager2", "/api/v1/visit-standards/compliance/monthly?months=1")
			.andExpect(jsonPath(row + ".months[0].rating").value("IN_PROGRESS"));
		VisitApi.get(this.mvc, "manager2", "/api/v1/visit-standards/compliance?weeks=1")
			.andExpect(jsonPath(row + ".weeks[0].rating").value("IN_PROGRESS"));
	}

	private long repId(String rep) throws Exception {
		String json = VisitApi.get(this.mvc, rep, "/api/v1/visit-plans/" + rep + "/2004-W05")
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.repId")).longValue();
	}

	private int[] conversions(String path, String row) throws Exception {
		String json = VisitApi.get(this.mvc, "manager2", path).andReturn().getResponse().getContentAsString();
		java.util.List<Number> all = com.jayway.jsonpath.JsonPath.read(json, row + ".months[0].actual.conversions");
		java.util.List<Number> unqualified = com.jayway.jsonpath.JsonPath.read(json,
				row + ".months[0].actual.unqualifiedConversions");
		return new int[] { all.get(0).intValue(), unqualified.get(0).intValue() };
	}

	private ResultActions set(String user, String body) throws Exception {
		return this.mvc.perform(put("/api/v1/visit-standards").header("Authorization", Tokens.bearer(this.mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private void done(long customer, String day, String type) throws Exception {
		done("rep8", customer, day, type);
	}

	private void done(String rep, long customer, String day, String type) throws Exception {
		VisitApi.post(this.mvc, rep, "/api/v1/visits/record", """
				{"customerId":%d,"objective":"拜访","type":"%s","actualStart":"%sT10:00","actualEnd":"%sT11:00",
				 "result":"已沟通"}
				""".formatted(customer, type, day, day)).andExpect(status().isCreated());
	}

}
