package org.salesteam.sales;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Placing orders through the API: the customer's first order, the credit check with its
 * refusal, hold and manager approval, and validation.
 */
@IntegrationTest
class OrderApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long envelopes;

	@BeforeEach
	void findProduct() {
		this.envelopes = SalesApi.product(this.jdbc, "SW-002");
	}

	@Test
	void theFirstOrderMakesAProspectActive() throws Exception {
		long customer = SalesApi.customer(this.mvc, "苏州首单测试食品有限公司", "rep1", 0);
		assertThat(SalesApi.status(this.jdbc, customer)).isEqualTo("PROSPECT");
		// 3 × 420.00 × (1 − 0.10) = 1,134.00; cost 3 × 280.00 = 840.00
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders", """
				{"customerId":%d,"lines":[{"productId":%d,"quantity":3,"discount":0.10}]}
				""".formatted(customer, this.envelopes))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.netAmount").value(1134.00))
			.andExpect(jsonPath("$.cost").value(840.00))
			.andExpect(jsonPath("$.grossProfit").value(294.00))
			.andExpect(jsonPath("$.ownerUsername").value("rep1"))
			.andExpect(jsonPath("$.territoryName").value("上海"))
			.andExpect(jsonPath("$.lines[0].unitPrice").value(420.0));
		assertThat(SalesApi.status(this.jdbc, customer)).isEqualTo("ACTIVE");
		assertThat(this.jdbc.sql("select first_order_date from customer where id = :id")
			.param("id", customer)
			.query(java.time.LocalDate.class)
			.single()).isNotNull();
	}

	@Test
	void anOrderCancelledBeforeItWasPlacedIsNoFirstOrder() throws Exception {
		long customer = SalesApi.customer(this.mvc, "无锡撤单测试日化有限公司", "rep1", 1000);
		long held = SalesApi
			.id(SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "2", "1000", "\"holdForApproval\":true")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("CREDIT_HOLD"))
				.andReturn());
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + held + "/cancel", "{\"reason\":\"客户撤单\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		assertThat(SalesApi.status(this.jdbc, customer)).isEqualTo("PROSPECT");
		SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "1", "500", null).andExpect(status().isCreated());
		assertThat(SalesApi.status(this.jdbc, customer)).isEqualTo("ACTIVE");
	}

	@Test
	void anOrderOverTheCreditLimitIsRefusedWithTheLimitAndTheExposure() throws Exception {
		long customer = SalesApi.customer(this.mvc, "南京信用测试药业有限公司", "rep1", 10_000);
		long before = SalesApi.orders(this.jdbc);
		SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "12", "1000", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("¥10,000.00")))
			.andExpect(jsonPath("$.detail", containsString("¥12,000.00")))
			.andExpect(jsonPath("$.detail", containsString("南京信用测试药业有限公司")))
			.andExpect(jsonPath("$.errors[0].field").value("creditApprovalReason"));
		assertThat(SalesApi.orders(this.jdbc)).isEqualTo(before);
		SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "12", "1000", "\"creditApprovalReason\":\"我批\"")
			.andExpect(status().isUnprocessableContent());
		assertThat(SalesApi.orders(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aHeldOrderIsApprovedByTheRepsManagerOnly() throws Exception {
		long customer = SalesApi.customer(this.mvc, "杭州审批测试乳业有限公司", "rep1", 10_000);
		long held = SalesApi
			.id(SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "12", "1000", "\"holdForApproval\":true")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("CREDIT_HOLD"))
				.andReturn());
		assertThat(SalesApi.status(this.jdbc, customer)).isEqualTo("PROSPECT");
		String approval = "/api/v1/orders/" + held + "/credit-approval";
		SalesApi.post(this.mvc, "rep1", approval, "{\"reason\":\"自己批\"}").andExpect(status().isForbidden());
		SalesApi.post(this.mvc, "manager2", approval, "{\"reason\":\"别的团队\"}").andExpect(status().isNotFound());
		SalesApi.post(this.mvc, "manager1", approval, "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		SalesApi.post(this.mvc, "manager1", approval, "{\"reason\":\"老客户，承诺月底回款\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.creditApprovedBy").value(SalesApi.userId(this.jdbc, "manager1")))
			.andExpect(jsonPath("$.creditApprovalReason").value("老客户，承诺月底回款"))
			.andExpect(jsonPath("$.creditApprovedAt").isNotEmpty());
		assertThat(SalesApi.status(this.jdbc, customer)).isEqualTo("ACTIVE");
		// exposure now 12,000 uninvoiced; another 3,000 → 15,000: a manager approves it
		// at once
		SalesApi
			.order(this.mvc, "manager1", customer, this.envelopes, "3", "1000", "\"creditApprovalReason\":\"春节备货，特批\"")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.ownerUsername").value("rep1"))
			.andExpect(jsonPath("$.creditApprovalReason").value("春节备货，特批"));
	}

	@Test
	void theExposureCountsOpenInvoicesAndUninvoicedOrders() throws Exception {
		long customer = SalesApi.customer(this.mvc, "宁波敞口测试茶业有限公司", "rep1", 10_000);
		long first = SalesApi.id(SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "6", "1000", null)
			.andExpect(status().isCreated())
			.andReturn());
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + first + "/invoice", "{\"amount\":6000}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openReceivable").value(6000.00));
		// 6,000 open + 5,000 new = 11,000 > 10,000
		SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "5", "1000", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("¥11,000.00")));
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + first + "/payments", "{\"amount\":3000}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openReceivable").value(3000.00));
		// 3,000 open + 5,000 new = 8,000
		SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "5", "1000", null).andExpect(status().isCreated());
		// 3,000 open + 5,000 uninvoiced + 2,500 new = 10,500
		SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "2.5", "1000", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("¥10,500.00")));
	}

	@Test
	void invalidOrdersAreRefusedWithTheirFields() throws Exception {
		long customer = SalesApi.customer(this.mvc, "温州校验测试纸业有限公司", "rep1", 0);
		long before = SalesApi.orders(this.jdbc);
		SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "-1", "10", null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"))
			.andExpect(jsonPath("$.errors[0].message").value("必须大于 0。"));
		SalesApi.order(this.mvc, "rep1", customer, 999_999_999L, "1", "10", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].productId"));
		SalesApi
			.post(this.mvc, "rep1", "/api/v1/orders",
					"{\"customerId\":%d,\"lines\":[{\"productId\":%d,\"quantity\":1,\"discount\":1.5}]}"
						.formatted(customer, this.envelopes))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].discount"));
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders", "{\"customerId\":%d,\"lines\":[]}".formatted(customer))
			.andExpect(status().isBadRequest());
		SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "1", "10", "\"orderDate\":\"2999-01-01\"")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("orderDate"));
		assertThat(SalesApi.orders(this.jdbc)).isEqualTo(before);
	}

	@Test
	void anOrderIsDeliveredInvoicedPaidAndTheNumberIsUnique() throws Exception {
		long customer = SalesApi.customer(this.mvc, "常州流程测试食品有限公司", "rep1", 0);
		long id = SalesApi
			.id(SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "2", "100", "\"number\":\"T-FLOW-1\"")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.number").value("T-FLOW-1"))
				.andReturn());
		SalesApi.order(this.mvc, "rep1", customer, this.envelopes, "2", "100", "\"number\":\"T-FLOW-1\"")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("number"));
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + id + "/deliver", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DELIVERED"));
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + id + "/invoice", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.invoiceAmount").value(200.00));
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + id + "/payments", "{\"amount\":250}")
			.andExpect(status().isUnprocessableContent());
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + id + "/payments", "{\"amount\":200}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openReceivable").value(0))
			.andExpect(jsonPath("$.payments[0].amount").value(200.00));
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + id + "/cancel", "{\"reason\":\"晚了\"}")
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/order-lines")
				.param("q", "T-FLOW-1")
				.header("Authorization", org.salesteam.support.Tokens.bearer(this.mvc, "rep1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].productCode").value("SW-002"))
			.andExpect(jsonPath("$.items[0].repUsername").value("rep1"))
			.andExpect(jsonPath("$.items[0].netAmount").value(200.00));
	}

}
