package org.salesteam.visit;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Moving a planned visit (改期) by API and on the page, and linking a visit to one of the
 * customer's open opportunities from the plan and report forms.
 */
@IntegrationTest
class VisitReplanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aPlannedVisitMovesToAnotherDayAndTimeButNotIntoThePast() throws Exception {
		long customer = VisitApi.customer(this.mvc, "常州改期测试纸业有限公司", "rep1");
		long visit = VisitApi.plan(this.mvc, "rep1", customer, "2032-03-01T09:00", "介绍新品");
		String replan = "/api/v1/visits/" + visit + "/replan";
		VisitApi.post(this.mvc, "rep1", replan, "{\"plannedAt\":\"2032-03-05T14:30\",\"version\":0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visitDate").value("2032-03-05"))
			.andExpect(jsonPath("$.plannedAt").value(containsString("2032-03-05T14:30")))
			.andExpect(jsonPath("$.objective").value("介绍新品"))
			.andExpect(jsonPath("$.status").value("PLANNED"));
		// the version moved on: the old one is a conflict
		VisitApi.post(this.mvc, "rep1", replan, "{\"plannedAt\":\"2032-03-06T14:30\",\"version\":0}")
			.andExpect(status().isConflict());
		VisitApi.post(this.mvc, "rep1", replan, "{\"plannedAt\":\"2020-01-02T10:00\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("plannedAt"))
			.andExpect(jsonPath("$.detail").value(containsString("2020-01-02")));
		VisitApi.post(this.mvc, "rep1", replan, "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("plannedAt"));
		// another team's rep does not see it
		VisitApi.post(this.mvc, "rep6", replan, "{\"plannedAt\":\"2032-03-07T10:00\"}")
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select visit_date from visit where id = :id")
			.param("id", visit)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2032, 3, 5));
	}

	@Test
	void theReplanPageMovesTheVisitAndNamesTheFieldWhenTheDayIsPast() throws Exception {
		MockHttpSession rep1 = VisitApi.signIn(this.mvc, "rep1");
		long customer = VisitApi.customer(this.mvc, "镇江改期页面测试包装厂", "rep1");
		long visit = VisitApi.plan(this.mvc, "rep1", customer, "2032-04-01T09:00", "确认样品");
		this.mvc.perform(get("/visits/" + visit).session(rep1))
			.andExpect(content().string(containsString("id=\"replanVisit\"")));
		this.mvc.perform(get("/visits/" + visit + "/replan").session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2032-04-01\"")));
		String yesterday = LocalDate.now(this.clock).minusDays(1).toString();
		this.mvc
			.perform(post("/visits/" + visit + "/replan").session(rep1)
				.with(csrf())
				.param("date", yesterday)
				.param("time", "10:00")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新的拜访时间 " + yesterday + " 10:00 已经过去了")));
		this.mvc
			.perform(post("/visits/" + visit + "/replan").session(rep1)
				.with(csrf())
				.param("date", "")
				.param("time", "10:00")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写新的拜访日期")));
		this.mvc
			.perform(post("/visits/" + visit + "/replan").session(rep1)
				.with(csrf())
				.param("date", "2032-04-08")
				.param("time", "15:00")
				.param("version", "0"))
			.andExpect(status().isSeeOther());
		assertThat(this.jdbc.sql("select visit_date from visit where id = :id")
			.param("id", visit)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2032, 4, 8));
	}

	@Test
	void theFormsOfferTheCustomersOpenOpportunitiesAndKeepTheLink() throws Exception {
		MockHttpSession rep1 = VisitApi.signIn(this.mvc, "rep1");
		long customer = VisitApi.customer(this.mvc, "扬州机会拜访测试食品厂", "rep1");
		long open = opportunity(customer, "月饼礼盒2032");
		long lost = opportunity(customer, "茶叶罐改版");
		VisitApi
			.post(this.mvc, "rep1", "/api/v1/opportunities/" + lost + "/stage",
					"{\"stage\":\"LOST\",\"lostReason\":\"预算取消\"}")
			.andExpect(status().isOk());
		long other = opportunity(VisitApi.customer(this.mvc, "泰州别家机会测试厂", "rep1"), "别家的机会");

		this.mvc.perform(get("/visits/opportunity-options").param("customerId", String.valueOf(customer)).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("月饼礼盒2032")))
			.andExpect(content().string(not(containsString("茶叶罐改版"))));
		this.mvc.perform(get("/visits/new").param("customerId", String.valueOf(customer)).session(rep1))
			.andExpect(content().string(containsString("value=\"" + open + "\"")));
		this.mvc
			.perform(get("/visits/opportunity-options").param("customerId", String.valueOf(customer))
				.session(VisitApi.signIn(this.mvc, "rep6")))
			.andExpect(status().isNotFound());

		// another customer's opportunity is refused on the field
		this.mvc.perform(planForm(rep1, customer, other))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该销售机会不属于此客户")));
		this.mvc.perform(planForm(rep1, customer, open)).andExpect(status().isSeeOther());
		long visit = this.jdbc.sql("select id from visit where customer_id = :c")
			.param("c", customer)
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select opportunity_id from visit where id = :id")
			.param("id", visit)
			.query(Long.class)
			.single()).isEqualTo(open);
		// the report form keeps the link selected
		this.mvc.perform(get("/visits/" + visit + "/complete").session(rep1))
			.andExpect(content().string(containsString("value=\"" + open + "\" selected")));
	}

	private org.springframework.test.web.servlet.RequestBuilder planForm(MockHttpSession session, long customer,
			long opportunity) {
		return post("/visits").session(session)
			.with(csrf())
			.param("customerId", String.valueOf(customer))
			.param("type", "PROPOSAL")
			.param("date", "2032-05-10")
			.param("time", "10:00")
			.param("objective", "讲解礼盒方案")
			.param("opportunityId", String.valueOf(opportunity));
	}

	private long opportunity(long customer, String name) throws Exception {
		return VisitApi.id(VisitApi.post(this.mvc, "rep1", "/api/v1/opportunities", """
				{"customerId":%d,"name":"%s","amount":50000,"expectedCloseDate":"2032-09-30"}
				""".formatted(customer, name)).andExpect(status().isCreated()).andReturn());
	}

}
