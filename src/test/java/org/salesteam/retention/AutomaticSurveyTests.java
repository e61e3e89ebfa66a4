package org.salesteam.retention;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.retention.internal.AutomaticSurveys;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Surveys the application creates (ADR 0047), from outside: a customer of rep13's
 * <ul>
 * <li>has a service request closed: a CSAT survey waits for rep13 without a link, rep13's
 * inbox names the customer; rep13 takes the link (another rep gets 404), a second link
 * ends the first, the customer answers through it, and an answered survey gives no link;
 * a second request closed within 90 days creates no second survey;</li>
 * <li>as a key account with two contacts and an order delivered today: the day's run
 * creates one CSAT after the delivery and one NPS per contact; a second run of the day
 * creates nothing.</li>
 * </ul>
 */
@IntegrationTest
class AutomaticSurveyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	AutomaticSurveys automatic;

	private long customer;

	private String name;

	private RetentionTestCalls api;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		return this.api.call(user, request, body);
	}

	@BeforeEach
	void data() throws Exception {
		this.api = new RetentionTestCalls(this.mvc, this.jdbc);
		RetentionTestCalls.Created created = this.api.uniqueCustomer("AS", "自动调查客户", 300_000, "rep13");
		this.customer = created.id();
		this.name = created.name();
	}

	private List<String> surveys() {
		return this.jdbc.sql("""
				select s.origin || ' ' || s.kind || ' ' || coalesce(k.name, '-')
				  || case when s.token_hash is null then ' no-link' else ' link' end
				from retention_survey s left join contact k on k.id = s.contact_id
				where s.customer_id = :c order by s.id
				""").param("c", this.customer).query(String.class).list();
	}

	private long closedRequest() throws Exception {
		long request = RetentionTestCalls.created(call("rep13", post("/api/v1/service-requests"), """
				{"customerId":%d,"type":"DELIVERY","severity":"NORMAL","subject":"送货晚了半天"}
				""".formatted(this.customer)));
		call("rep13", post("/api/v1/service-requests/" + request + "/close"), """
				{"rootCause":"排车冲突","correctiveAction":"交期变动当天通知客户"}
				""").andExpect(status().isOk());
		return request;
	}

	private String takeLink(String user, long survey) throws Exception {
		String body = call(user, post("/api/v1/retention/surveys/" + survey + "/link"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("CSAT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.link");
	}

	@Test
	void aClosedServiceRequestLeavesTheOwnerACsatToPassOn() throws Exception {
		closedRequest();
		assertThat(surveys()).containsExactly("AFTER_SERVICE CSAT - no-link");
		long survey = this.jdbc.sql("select id from retention_survey where customer_id = :c")
			.param("c", this.customer)
			.query(Long.class)
			.single();
		String inbox = call("rep13", get("/api/v1/notifications"), null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<List<String>>read(inbox, "$[?(@.event == 'SURVEYS_READY')].text"))
			.anySatisfy((text) -> assertThat(text).contains(this.name).contains("取链接"));
		call("rep13", get("/api/v1/retention/surveys?customerId=" + this.customer), null).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].origin").value("AFTER_SERVICE"))
			.andExpect(jsonPath("$[0].waitingForLink").value(true));
		call("rep1", post("/api/v1/retention/surveys/" + survey + "/link"), null).andExpect(status().isNotFound());
		String lost = takeLink("rep13", survey);
		String link = takeLink("rep13", survey);
		assertThat(link).isNotEqualTo(lost);
		this.mvc.perform(get(lost)).andExpect(status().isNotFound());
		this.mvc.perform(post(link).param("score", "5").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("谢谢您的反馈")));
		call("rep13", post("/api/v1/retention/surveys/" + survey + "/link"), null)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		// a second request closed within 90 days: the customer is not asked again
		closedRequest();
		assertThat(surveys()).containsExactly("AFTER_SERVICE CSAT - link");
	}

	@Test
	void aKeyAccountsContactsGetTheYearlyNpsAndADeliveryACsatOncePerDay() throws Exception {
		for (String contact : List.of("采购经理甲", "财务总监乙")) {
			call("rep13", post("/api/v1/customers/" + this.customer + "/contacts"), """
					{"name":"%s"}""".formatted(contact)).andExpect(status().isCreated());
		}
		this.jdbc.sql("update customer set key_account = true where id = :c").param("c", this.customer).update();
		LocalDate today = LocalDate.now(this.clock);
		long order = this.api.order("rep13", this.customer, today.minusDays(10));
		call("rep13", post("/api/v1/orders/" + order + "/deliver"), null).andExpect(status().isOk());
		this.automatic.create(today);
		assertThat(surveys()).containsExactlyInAnyOrder("AFTER_DELIVERY CSAT - no-link", "YEARLY_NPS NPS 采购经理甲 no-link",
				"YEARLY_NPS NPS 财务总监乙 no-link");
		assertThat(this.automatic.create(today)).isZero();
		assertThat(surveys()).hasSize(3);
	}

}
