package org.salesteam.retention;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The defection clock from outside, through the order API and the retention API, in 2011
 * (long before the demo company's orders, so that the demo customers are prospects then):
 *
 * <pre>
 * customer  class  orders (rep13)                                     as of 2011-05-31
 * steady    B      3-1, 3-11, 4-10, 4-30; 5-20 cancelled; 8-1 later  T = 20 (gaps 10, 30, 20), D = 31: OVERDUE
 * young     B      1-10, 2-9                                           T = 90 (class B), D = 111: ACTIVE
 * none      C      —                                                   PROSPECT
 * </pre>
 *
 * Neither has a visit, so both also score NO_VISIT (10): steady 30 + 10 = 40, young 10.
 */
@IntegrationTest
class RetentionApiTests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final String AS_OF = "?asOf=2011-05-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long steady;

	private long young;

	private long none;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private long created(ResultActions result) throws Exception {
		MvcResult done = result.andExpect(status().isCreated()).andReturn();
		return ((Number) JsonPath.read(done.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long customer(String name, long potential) throws Exception {
		String code = "RT-" + System.nanoTime() % 1_000_000_000L + "-" + NEXT.incrementAndGet();
		return created(call("admin", post("/api/v1/customers"), """
				{"code":"%s","name":"保持测试%s%d","potential":%d,"ownerUsername":"rep13"}
				""".formatted(code, name, NEXT.get(), potential)));
	}

	private long order(long customer, String date) throws Exception {
		long product = this.jdbc.sql("select id from product where code = 'SW-002'").query(Long.class).single();
		return created(call("rep13", post("/api/v1/orders"), """
				{"customerId":%d,"orderDate":"%s","lines":[{"productId":%d,"quantity":1,"unitPrice":1000,
				 "netAmount":1000,"cost":600}]}
				""".formatted(customer, date, product)));
	}

	@BeforeEach
	void data() throws Exception {
		this.steady = customer("稳定", 300_000);
		for (String date : new String[] { "2011-03-01", "2011-03-11", "2011-04-10", "2011-04-30", "2011-08-01" }) {
			order(this.steady, date);
		}
		long cancelled = order(this.steady, "2011-05-20");
		call("rep13", post("/api/v1/orders/" + cancelled + "/cancel"), "{\"reason\":\"客户撤单\"}")
			.andExpect(status().isOk());
		this.young = customer("新客", 300_000);
		order(this.young, "2011-01-10");
		order(this.young, "2011-02-09");
		this.none = customer("未成交", 50_000);
	}

	@Test
	void theClockOfEachCustomerAsOfADate() throws Exception {
		call("rep13", get("/api/v1/retention/customers/" + this.steady + AS_OF), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.lastOrderDate").value("2011-04-30"))
			.andExpect(jsonPath("$.orderDays").value(4))
			.andExpect(jsonPath("$.typicalIntervalDays").value(20))
			.andExpect(jsonPath("$.intervalSource").value("HISTORY"))
			.andExpect(jsonPath("$.daysSinceLastOrder").value(31))
			.andExpect(jsonPath("$.state").value("OVERDUE"))
			.andExpect(jsonPath("$.risk").value(40))
			.andExpect(jsonPath("$.health").value(60))
			.andExpect(jsonPath("$.reasons[0]").value("OVERDUE"))
			.andExpect(jsonPath("$.reasons[1]").value("NO_VISIT"));
		call("rep13", get("/api/v1/retention/customers/" + this.young + AS_OF), null)
			.andExpect(jsonPath("$.orderDays").value(2))
			.andExpect(jsonPath("$.typicalIntervalDays").value(90))
			.andExpect(jsonPath("$.intervalSource").value("CLASS_DEFAULT"))
			.andExpect(jsonPath("$.daysSinceLastOrder").value(111))
			.andExpect(jsonPath("$.state").value("ACTIVE"))
			.andExpect(jsonPath("$.risk").value(10))
			.andExpect(jsonPath("$.reasons.length()").value(1))
			.andExpect(jsonPath("$.reasons[0]").value("NO_VISIT"));
		call("rep13", get("/api/v1/retention/customers/" + this.none + AS_OF), null)
			.andExpect(jsonPath("$.state").value("PROSPECT"))
			.andExpect(jsonPath("$.orderDays").value(0));
		// a day before the cancelled and the later order changes nothing; the first order
		// day ages the clock
		call("rep13", get("/api/v1/retention/customers/" + this.steady + "?asOf=2011-04-30"), null)
			.andExpect(jsonPath("$.daysSinceLastOrder").value(0))
			.andExpect(jsonPath("$.state").value("ACTIVE"));
	}

	@Test
	void theListFiltersByStateAndScopeWithinTheCallersCustomers() throws Exception {
		String body = call("manager3",
				get("/api/v1/retention/customers" + AS_OF + "&scope=rep:rep13&state=OVERDUE" + "&size=500"), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(body, "$.items[*].customerId")).contains((int) this.steady)
			.doesNotContain((int) this.young, (int) this.none);
		assertThat(JsonPath.<java.util.List<String>>read(body, "$.items[*].state")).containsOnly("OVERDUE");
		assertThat(JsonPath.<Integer>read(body, "$.total"))
			.isEqualTo(JsonPath.<java.util.List<Object>>read(body, "$.items").size());
		// another rep's customer is not found; a scope the caller may not see is
		// forbidden
		call("rep1", get("/api/v1/retention/customers/" + this.steady + AS_OF), null).andExpect(status().isNotFound());
		call("rep1", get("/api/v1/retention/customers" + AS_OF + "&scope=rep:rep13"), null)
			.andExpect(status().isForbidden());
		call("manager1", get("/api/v1/retention/customers" + AS_OF + "&scope=company"), null)
			.andExpect(status().isForbidden());
		call("rep13", get("/api/v1/retention/customers" + AS_OF + "&state=GONE"), null)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		String own = call("rep13", get("/api/v1/retention/customers" + AS_OF + "&state=ACTIVE,OVERDUE&size=500"), null)
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(own, "$.items[*].customerId")).contains((int) this.steady,
				(int) this.young);
	}

	@Test
	void aLostCustomerNeedsAReasonAndOpensAnExitInterview() throws Exception {
		call("rep13", post("/api/v1/customers/" + this.young + "/lost"), "{\"preventable\":true}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		call("rep13", post("/api/v1/customers/" + this.young + "/lost"), "{\"reason\":\"COMPETITOR\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("competitor"));
		call("rep1", post("/api/v1/customers/" + this.young + "/lost"), "{\"reason\":\"PRICE\"}")
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select status from customer where id = :id")
			.param("id", this.young)
			.query(String.class)
			.single()).isEqualTo("ACTIVE");
		String body = call("rep13", post("/api/v1/customers/" + this.young + "/lost"), """
				{"reason":"COMPETITOR","preventable":true,"competitor":"华彩印刷","note":"对方报价低一成"}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.reason").value("COMPETITOR"))
			.andExpect(jsonPath("$.preventable").value(true))
			.andExpect(jsonPath("$.exitInterview.status").value("OPEN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		LocalDate lostOn = LocalDate.parse(JsonPath.read(body, "$.lostOn"));
		assertThat(LocalDate.parse(JsonPath.<String>read(body, "$.exitInterview.dueOn")))
			.isEqualTo(lostOn.plusDays(14));
		assertThat(this.jdbc.sql("select status || ' ' || lost_reason from customer where id = :id")
			.param("id", this.young)
			.query(String.class)
			.single()).isEqualTo("LOST 被竞争对手抢走：华彩印刷：对方报价低一成");
		call("rep13", get("/api/v1/retention/customers/" + this.young), null)
			.andExpect(jsonPath("$.state").value("LOST"));
		// as of a date before it was confirmed lost, its clock still runs
		call("rep13", get("/api/v1/retention/customers/" + this.young + AS_OF), null)
			.andExpect(jsonPath("$.state").value("ACTIVE"));
		String report = call("manager3", get("/api/v1/retention/lost?scope=rep:rep13"), null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(report, "$.losses[*].customerId")).contains((int) this.young);
		assertThat(JsonPath.<Integer>read(report, "$.byCompetitor['华彩印刷']")).isPositive();
		long interview = ((Number) JsonPath.read(body, "$.exitInterview.id")).longValue();
		call("rep1", post("/api/v1/retention/exit-interviews/" + interview), "{\"whyStopped\":\"价格\"}")
			.andExpect(status().isNotFound());
		call("rep13", post("/api/v1/retention/exit-interviews/" + interview), """
				{"whyStopped":"华彩报价低一成","whereDisappointed":"两次交货晚了","competitorOffer":"月结六十天"}
				""").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
	}

}
