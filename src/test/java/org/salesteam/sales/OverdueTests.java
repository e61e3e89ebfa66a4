package org.salesteam.sales;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Receivables against a fixed business day, 30 June 2025: an invoice of 10 May on 30
 * days' terms fell due on 9 June and is 21 days overdue.
 */
@IntegrationTest
@TestPropertySource(properties = "salesteam.test.context=sales-fixed-clock")
class OverdueTests {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			ZoneId zone = ZoneId.of("Asia/Shanghai");
			return Clock.fixed(TODAY.atTime(10, 0).atZone(zone).toInstant(), zone);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOpenInvoicePastItsTermsIsOverdueByTheDaysSinceItsDueDate() throws Exception {
		long product = SalesApi.product(this.jdbc, "SW-002");
		long customer = SalesApi.customer(this.mvc, "合肥逾期测试药业有限公司", "rep1", 0);
		long late = SalesApi
			.id(SalesApi.order(this.mvc, "rep1", customer, product, "1", "1000", "\"orderDate\":\"2025-05-01\"")
				.andExpect(status().isCreated())
				.andReturn());
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + late + "/invoice", "{\"date\":\"2025-05-10\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueDate").value("2025-06-09"))
			.andExpect(jsonPath("$.daysOverdue").value(21));
		SalesApi
			.post(this.mvc, "rep1", "/api/v1/orders/" + late + "/payments", "{\"date\":\"2025-06-20\",\"amount\":400}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openReceivable").value(600.00))
			.andExpect(jsonPath("$.daysOverdue").value(21));
		long onTime = SalesApi
			.id(SalesApi.order(this.mvc, "rep1", customer, product, "2", "1000", "\"orderDate\":\"2025-06-10\"")
				.andExpect(status().isCreated())
				.andReturn());
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + onTime + "/invoice", "{\"date\":\"2025-06-15\"}")
			.andExpect(jsonPath("$.dueDate").value("2025-07-15"))
			.andExpect(jsonPath("$.daysOverdue").value(0));
		SalesApi.post(this.mvc, "rep1", "/api/v1/orders/" + onTime + "/invoice", "{\"date\":\"2025-07-01\"}")
			.andExpect(status().isUnprocessableContent());

		this.mvc
			.perform(get("/api/v1/orders").param("customerId", String.valueOf(customer))
				.param("overdue", "true")
				.header("Authorization", Tokens.bearer(this.mvc, "rep1")))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(late))
			.andExpect(jsonPath("$.items[0].daysOverdue").value(21));

		MockHttpSession session = (MockHttpSession) this.mvc.perform(formLogin("/login").user("rep1").password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		// this year 1,000 + 2,000; open 600 + 2,000; overdue 600, one order, 21 days
		this.mvc.perform(get("/customers/" + customer + "/sales").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("¥3,000.00")))
			.andExpect(content().string(containsString("¥2,600.00")))
			.andExpect(content().string(containsString("¥600.00")))
			.andExpect(content().string(containsString("id=\"overdueFlag\"")))
			.andExpect(content().string(containsString("1 笔逾期，最长 21 天")));
	}

}
