package org.salesteam.sales;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An opportunity's way to an order (issue 20): closing dates, moves on the board, the
 * order placed from a won deal and the visits linked to it.
 */
@IntegrationTest
class OpportunityWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void winningOrLosingClosesTheDealOnTheBusinessDay() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		long customer = SalesApi.customer(this.mvc, "无锡成交日测试食品有限公司", "rep1", 0);
		long won = opportunity(customer, "月饼礼盒", "2099-12-31");
		SalesApi.post(this.mvc, "rep1", "/api/v1/opportunities/" + won + "/stage", "{\"stage\":\"WON\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closedOn").value(today.toString()))
			.andExpect(jsonPath("$.expectedCloseDate").value(today.toString()));
		long lost = opportunity(customer, "粽子礼盒", "2099-06-30");
		SalesApi
			.post(this.mvc, "rep1", "/api/v1/opportunities/" + lost + "/stage",
					"{\"stage\":\"LOST\",\"lostReason\":\"预算取消\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closedOn").value(today.toString()))
			.andExpect(jsonPath("$.expectedCloseDate").value(today.toString()));
	}

	@Test
	void aCardIsMovedOnTheBoardWithTheRulesOfTheStageForm() throws Exception {
		long customer = SalesApi.customer(this.mvc, "镇江看板测试酒业有限公司", "rep1", 0);
		long id = opportunity(customer, "看板拖动项目", "2099-03-31");
		MockHttpSession rep1 = signIn("rep1");
		this.mvc.perform(get("/opportunities").param("view", "board").param("q", "看板拖动项目").session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-stage-drop=\"PROPOSAL\"")))
			.andExpect(content().string(containsString("data-stage-drop=\"LOST\"")))
			.andExpect(content().string(containsString("id=\"card" + id + "\"")))
			.andExpect(content().string(containsString("id=\"moveTo" + id + "\"")))
			.andExpect(content().string(containsString("/js/sales-board.js")));
		String stage = "/opportunities/" + id + "/stage";
		this.mvc.perform(post(stage).session(rep1).with(csrf()).param("stage", "DEMO").param("back", "board"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/opportunities?view=board"));
		this.mvc.perform(get("/opportunities?view=board").session(rep1))
			.andExpect(content().string(containsString("阶段已更新。")));
		assertThat(stage(id)).isEqualTo("DEMO");
		this.mvc.perform(post(stage).session(rep1).with(csrf()).param("stage", "LOST").param("back", "board"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/opportunities?view=board"));
		this.mvc.perform(get("/opportunities?view=board").session(rep1))
			.andExpect(content().string(containsString("丢单必须填写原因。")));
		assertThat(stage(id)).isEqualTo("DEMO");
		this.mvc
			.perform(post(stage).session(rep1)
				.with(csrf())
				.param("stage", "LOST")
				.param("lostReason", "交期太长")
				.param("competitor", "裕同科技")
				.param("back", "board"))
			.andExpect(status().isSeeOther());
		this.mvc.perform(get("/opportunities?view=board").session(rep1))
			.andExpect(content().string(containsString("阶段已更新。")))
			.andExpect(content().string(not(containsString("id=\"card" + id + "\""))));
		assertThat(stage(id)).isEqualTo("LOST");
		this.mvc.perform(post(stage).session(rep1).with(csrf()).param("stage", "QUOTE").param("back", "board"))
			.andExpect(status().isSeeOther());
		this.mvc.perform(get("/opportunities?view=board").session(rep1))
			.andExpect(content().string(containsString("已赢单或已丢单的机会只能由销售经理或总监重新打开。")));
		assertThat(stage(id)).isEqualTo("LOST");
	}

	@Test
	void anOrderIsPlacedFromAWonOpportunityAndKeepsTheLink() throws Exception {
		long customer = SalesApi.customer(this.mvc, "南通订单来源测试茶业有限公司", "rep1", 0);
		long other = SalesApi.customer(this.mvc, "南通另一家测试茶业有限公司", "rep1", 0);
		long product = SalesApi.product(this.jdbc, "CH-003");
		long id = SalesApi.id(SalesApi.post(this.mvc, "rep1", "/api/v1/opportunities", """
				{"customerId":%d,"name":"春茶礼盒","lines":[{"productId":%d,"quantity":500,"amount":10000}]}
				""".formatted(customer, product)).andExpect(status().isCreated()).andReturn());
		MockHttpSession rep1 = signIn("rep1");
		this.mvc.perform(get("/opportunities/" + id).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"orderFromOpportunity\""))));
		String order = """
				{"customerId":%d,"opportunityId":%d,"lines":[{"productId":%d,"quantity":500,"unitPrice":20}]}
				""";
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders", order.formatted(customer, id, product))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("opportunityId"));
		this.mvc.perform(get("/orders/new").param("opportunityId", String.valueOf(id)).session(rep1))
			.andExpect(status().isSeeOther());
		SalesApi.post(this.mvc, "rep1", "/api/v1/opportunities/" + id + "/stage", "{\"stage\":\"WON\"}")
			.andExpect(status().isOk());
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders", order.formatted(other, id, product))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("opportunityId"));
		SalesApi.post(this.mvc, "rep2", "/api/v1/orders", order.formatted(customer, id, product))
			.andExpect(status().isNotFound());

		this.mvc.perform(get("/opportunities/" + id).session(rep1))
			.andExpect(content().string(containsString("id=\"orderFromOpportunity\"")))
			.andExpect(content().string(containsString("/orders/new?opportunityId=" + id)));
		this.mvc.perform(get("/orders/new").param("opportunityId", String.valueOf(id)).session(rep1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"opportunityId\" value=\"" + id + "\"")))
			.andExpect(content().string(containsString("value=\"" + customer + "\" selected")))
			.andExpect(content().string(containsString("name=\"lines[0].quantity\" value=\"500")))
			.andExpect(content().string(containsString("name=\"lines[0].unitPrice\" value=\"20")))
			.andExpect(content().string(containsString("春茶礼盒")));
		String location = this.mvc
			.perform(post("/orders").session(rep1)
				.with(csrf())
				.param("customerId", String.valueOf(customer))
				.param("opportunityId", String.valueOf(id))
				.param("lines[0].productId", String.valueOf(product))
				.param("lines[0].quantity", "500")
				.param("lines[0].unitPrice", "20"))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long orderId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get(location).session(rep1))
			.andExpect(content().string(containsString("id=\"orderOpportunity\"")))
			.andExpect(content().string(containsString("href=\"/opportunities/" + id + "\"")));
		this.mvc.perform(get("/api/v1/orders/" + orderId).header("Authorization", Tokens.bearer(this.mvc, "rep1")))
			.andExpect(jsonPath("$.opportunityId").value(id))
			.andExpect(jsonPath("$.opportunityName").value("春茶礼盒"));
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders", order.formatted(customer, id, product))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.opportunityId").value(id));
		String number = this.jdbc.sql("select order_number from sales_order where id = :id")
			.param("id", orderId)
			.query(String.class)
			.single();
		this.mvc.perform(get("/opportunities/" + id).session(rep1))
			.andExpect(content().string(containsString("href=\"/orders/" + orderId + "\"")))
			.andExpect(content().string(containsString(number)));
		assertThat(this.jdbc.sql("select count(*) from sales_order where opportunity_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theOpportunityPageListsTheVisitsLinkedToIt() throws Exception {
		long customer = SalesApi.customer(this.mvc, "泰州拜访关联测试食品有限公司", "rep1", 0);
		long id = opportunity(customer, "中秋礼盒打样", "2099-09-01");
		SalesApi.post(this.mvc, "rep1", "/api/v1/visits", """
				{"customerId":%d,"plannedAt":"2030-12-03T10:00","objective":"确认礼盒打样工艺","type":"DEMONSTRATION",
				 "opportunityId":%d}
				""".formatted(customer, id)).andExpect(status().isCreated());
		SalesApi.post(this.mvc, "rep1", "/api/v1/visits", """
				{"customerId":%d,"plannedAt":"2030-12-04T10:00","objective":"与此机会无关的回访","type":"RELATIONSHIP"}
				""".formatted(customer)).andExpect(status().isCreated());
		this.mvc.perform(get("/opportunities/" + id).session(signIn("rep1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"opportunityVisits\"")))
			.andExpect(content().string(containsString("确认礼盒打样工艺")))
			.andExpect(content().string(containsString("产品演示")))
			.andExpect(content().string(not(containsString("与此机会无关的回访"))));
		this.mvc.perform(get("/opportunities/" + id).param("lang", "en").session(signIn("rep1")))
			.andExpect(content().string(containsString("Linked visits")))
			.andExpect(content().string(not(containsString("??"))));
	}

	private long opportunity(long customer, String name, String expectedClose) throws Exception {
		return SalesApi.id(SalesApi.post(this.mvc, "rep1", "/api/v1/opportunities", """
				{"customerId":%d,"name":"%s","amount":50000,"expectedCloseDate":"%s"}
				""".formatted(customer, name, expectedClose)).andExpect(status().isCreated()).andReturn());
	}

	private String stage(long id) {
		return this.jdbc.sql("select stage from opportunity where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
