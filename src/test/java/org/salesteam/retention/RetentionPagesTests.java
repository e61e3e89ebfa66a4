package org.salesteam.retention;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The retention and service pages on the demo company, in Chinese and English: the
 * at-risk list with its plan-a-visit links, the customer's retention card, the lost
 * reasons with the demo's exit interviews, the support desk's requests; and a customer
 * marked lost on the customer page still counted among the lost reasons.
 */
@IntegrationTest
class RetentionPagesTests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	@Test
	void theAtRiskListOffersAVisitForEachOverdueCustomer() throws Exception {
		MockHttpSession director = signIn("director");
		String html = this.mvc.perform(get("/retention").session(director))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("流失预警")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the demo company has customers overdue or suggested dormant, each with a link
		// to plan a visit
		assertThat(html).contains("/visits/new?customerId=").contains("安排拜访");
		this.mvc.perform(get("/retention").param("lang", "en").session(director))
			.andExpect(content().string(containsString("At-risk customers")))
			.andExpect(content().string(containsString("Plan a visit")));
	}

	@Test
	void theLostReasonsShowTheDemosExitInterviews() throws Exception {
		MockHttpSession director = signIn("director");
		this.mvc.perform(get("/retention/lost").session(director))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("为什么不再从我们这里采购？")))
			.andExpect(content().string(containsString("按竞争对手")));
		this.mvc.perform(get("/retention/lost").param("lang", "en").session(director))
			.andExpect(content().string(containsString("Lost customers and why")));
	}

	@Test
	void supportStaffSeeTheirAccountsRequestsWithDeadlines() throws Exception {
		MockHttpSession support2 = signIn("support2");
		this.mvc.perform(get("/service-requests").session(support2))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("礼盒烫金脱落")))
			.andExpect(content().string(containsString("已超时")));
		// the page in English for another member of the support staff
		this.mvc.perform(get("/service-requests").param("lang", "en").session(signIn("support1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Complaints and service requests")));
	}

	@Test
	void theCustomerPageCardAndALossMarkedThere() throws Exception {
		String code = "RP-" + System.nanoTime() % 1_000_000_000L + "-" + NEXT.incrementAndGet();
		String body = this.mvc
			.perform(post("/api/v1/customers").header("Authorization", Tokens.bearer(this.mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"" + code + "\",\"name\":\"保持页面测试客户\",\"potential\":300000,"
						+ "\"ownerUsername\":\"rep12\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long customer = ((Number) JsonPath.read(body, "$.id")).longValue();
		MockHttpSession rep12 = signIn("rep12");
		this.mvc.perform(get("/retention/customers/" + customer + "/card").session(rep12))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("还没有下过订单")));
		this.mvc.perform(get("/retention/customers/" + customer + "/card").session(signIn("rep1")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/customers/" + customer + "/lost").param("reason", "客户搬到外省").with(csrf()).session(rep12))
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					this.jdbc.sql("select reason || ' ' || note from retention_lost_customer where customer_id = :c")
						.param("c", customer)
						.query(String.class)
						.list())
				.containsExactly("OTHER 客户搬到外省"));
	}

}
