package org.salesteam.visit;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Prospecting end to end: a prospect added from the visit plan in one step is the rep's
 * prospect with its planned visit, can be qualified from the customer page, and counts as
 * a new prospect once visited; a refused plan leaves no prospect behind.
 */
@IntegrationTest
class ProspectingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProspectAddedFromTheVisitPlanIsPlannedQualifiedAndCountedWhenVisited() throws Exception {
		MockHttpSession rep1 = VisitApi.signIn(this.mvc, "rep1");
		String name = "无锡一步新增测试印铁厂";
		this.mvc.perform(plan(rep1, name, "了解印铁包装需求")).andExpect(status().isSeeOther());
		long customer = this.jdbc.sql("""
				select c.id from customer c join app_user u on u.id = c.owner_id
				where c.name = :name and c.status = 'PROSPECT' and u.username = 'rep1'
				""").param("name", name).query(Long.class).single();
		long visit = this.jdbc.sql("select id from visit where customer_id = :c and status = 'PLANNED'")
			.param("c", customer)
			.query(Long.class)
			.single();

		// the customer page loads the qualification card; a qualification with every box
		// checked passes
		this.mvc.perform(get("/customers/" + customer).session(rep1))
			.andExpect(content().string(containsString("id=\"customerQualificationSlot\"")));
		this.mvc.perform(get("/customers/" + customer + "/qualification").session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚未通过审核")));
		var qualify = post("/customers/" + customer + "/qualification").session(rep1)
			.with(csrf())
			.param("note", "需求明确");
		for (Long id : this.jdbc.sql("select id from qualification_criterion where active").query(Long.class).list()) {
			qualify = qualify.param("yes", String.valueOf(id));
		}
		this.mvc.perform(qualify).andExpect(status().isSeeOther());
		this.mvc.perform(get("/customers/" + customer + "/qualification").session(rep1))
			.andExpect(content().string(containsString("已通过审核")))
			.andExpect(content().string(containsString("需求明确")));

		VisitApi.post(this.mvc, "rep1", "/api/v1/visits/" + visit + "/complete", """
				{"actualStart":"2026-06-01T10:00","actualEnd":"2026-06-01T11:00","result":"确认需求：每月 2 万只印铁罐"}
				""").andExpect(status().isOk());
		assertThat(this.jdbc.sql("select customer_was_prospect from visit where id = :id")
			.param("id", visit)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aRefusedPlanLeavesNoProspectBehind() throws Exception {
		String name = "无锡拒绝测试无主厂";
		// support staff do no field work: refused, and the prospect is rolled back
		this.mvc.perform(plan(VisitApi.signIn(this.mvc, "support1"), name, "拜访")).andExpect(status().isForbidden());
		// another customer's opportunity is refused after the prospect was registered:
		// the
		// whole step is rolled back
		long someOpportunity = this.jdbc.sql("select min(id) from opportunity").query(Long.class).single();
		this.mvc
			.perform(post("/visits").session(VisitApi.signIn(this.mvc, "rep1"))
				.with(csrf())
				.param("prospectName", name)
				.param("type", "NEW_CUSTOMER")
				.param("date", "2032-06-01")
				.param("time", "10:00")
				.param("objective", "拜访")
				.param("opportunityId", String.valueOf(someOpportunity)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该销售机会不属于此客户")));
		// no objective: the form answers with the field, nothing is created
		this.mvc.perform(plan(VisitApi.signIn(this.mvc, "rep1"), name, ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(this.jdbc.sql("select count(*) from customer where name = :name")
			.param("name", name)
			.query(Integer.class)
			.single()).isZero();
	}

	private static RequestBuilder plan(MockHttpSession session, String prospectName, String objective) {
		return post("/visits").session(session)
			.with(csrf())
			.param("prospectName", prospectName)
			.param("type", "NEW_CUSTOMER")
			.param("date", "2032-06-01")
			.param("time", "10:00")
			.param("objective", objective);
	}

}
