package org.salesteam.notify;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Goals and credit approvals notify through the same path as weekly schedules: waiting
 * for approval → the rep's manager; decided → the rep. Texts carry no amounts.
 */
@IntegrationTest
class ApprovalNoticesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRepsGoalGoesToTheManagerAndItsDecisionBackToTheRep() throws Exception {
		String body = NotifyApi
			.post(this.mvc, "rep2", "/api/v1/goals",
					"{\"type\":\"SALES_VOLUME\",\"scope\":\"rep:rep2\",\"period\":\"2033-05\",\"target\":123456}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String link = "$[?(@.link == '/goals/" + id + "')]";
		NotifyApi.post(this.mvc, "rep2", "/api/v1/goals/" + id + "/submit", "").andExpect(status().isOk());
		NotifyApi.get(this.mvc, "manager1", "/api/v1/notifications")
			.andExpect(jsonPath(link + ".event").value("GOAL_SUBMITTED"))
			.andExpect(jsonPath(link + ".text").value(hasItem(containsString("2033-05"))))
			.andExpect(jsonPath(link + ".text").value(hasItem(org.hamcrest.Matchers.not(containsString("123")))));
		NotifyApi.post(this.mvc, "manager1", "/api/v1/goals/" + id + "/reject", "{\"comment\":\"偏低，再加一成\"}")
			.andExpect(status().isOk());
		NotifyApi.get(this.mvc, "rep2", "/api/v1/notifications")
			.andExpect(jsonPath(link + ".event").value("GOAL_REJECTED"))
			.andExpect(jsonPath(link + ".text").value(hasItem(containsString("偏低，再加一成"))));
		NotifyApi.get(this.mvc, "manager2", "/api/v1/notifications").andExpect(jsonPath(link).isEmpty());
	}

	@Test
	void anOrderOnCreditHoldGoesToTheManagerAndItsApprovalToTheRep() throws Exception {
		String customer = NotifyApi.post(this.mvc, "admin", "/api/v1/customers", """
				{"code":"NT-%d","name":"通知测试信用印业","potential":300000,"creditLimit":1000,"paymentTermsDays":30,
				 "ownerUsername":"rep1"}
				""".formatted(System.nanoTime() % 1_000_000_000L))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long customerId = ((Number) JsonPath.read(customer, "$.id")).longValue();
		long product = this.jdbc.sql("select id from product where code = 'SW-002'").query(Long.class).single();
		String order = NotifyApi.post(this.mvc, "rep1", "/api/v1/orders", """
				{"customerId":%d,"lines":[{"productId":%d,"quantity":12,"unitPrice":1000}],"holdForApproval":true}
				""".formatted(customerId, product))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CREDIT_HOLD"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long orderId = ((Number) JsonPath.read(order, "$.id")).longValue();
		String number = JsonPath.read(order, "$.number");
		String link = "$[?(@.link == '/orders/" + orderId + "')]";
		NotifyApi.get(this.mvc, "manager1", "/api/v1/notifications")
			.andExpect(jsonPath(link + ".event").value("ORDER_CREDIT_PENDING"))
			.andExpect(jsonPath(link + ".text").value(hasItem(containsString(number))));
		NotifyApi
			.post(this.mvc, "manager1", "/api/v1/orders/" + orderId + "/credit-approval", "{\"reason\":\"老客户，月底回款\"}")
			.andExpect(status().isOk());
		NotifyApi.get(this.mvc, "rep1", "/api/v1/notifications")
			.andExpect(jsonPath(link + ".event").value("ORDER_CREDIT_DECIDED"))
			.andExpect(jsonPath(link + ".text").value(hasItem(containsString("老客户，月底回款"))));
	}

}
