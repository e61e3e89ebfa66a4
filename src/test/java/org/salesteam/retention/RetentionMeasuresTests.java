package org.salesteam.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention targets against the actual loss rate, and the cohort triangle, from outside,
 * over the customers of a rep of its own (on rep13's team; scope {@code rep:…}, asked by
 * the director):
 *
 * <pre>
 * customer  class  non-cancelled orders                    lost
 * k1        B      2008-05-01, 2009-03-01, 2010-07-01
 * k2        B      2008-11-01, 2010-02-01                  today (price)
 * k3        C      2008-01-15
 * k4        B      2009-06-01, 2010-06-01
 * k5        B      2009-02-01 (2010-03-01 cancelled)
 * k6        C      2011-01-05                              today (product fit)
 * k7        B      — (a prospect)
 *
 * cohorts as of 2010-12-31 (k6's order is later):
 *   2008: k1 k2 k3 = 3    2008 3 (100 %)   2009 1 (33.3 %)   2010 2 (66.7 %)
 *   2009: k4 k5    = 2                      2009 2 (100 %)    2010 1 (50 %)
 *
 * loss rates as of today (every order lies more than a year back; nobody lost then):
 *   A  0 at the start                → no rate, target 5
 *   B  k1 k2 k4 k5 = 4, lost k2 = 1  → 25.0 %, target 10 → over
 *   C  k3 k6 = 2, lost k6 = 1        → 50.0 %, target 20 → over
 * </pre>
 */
@IntegrationTest
class RetentionMeasuresTests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private String rep;

	private RetentionTestCalls api;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		return this.api.call(user, request, body);
	}

	private long customer(long potential, String... orderDates) throws Exception {
		int n = NEXT.incrementAndGet();
		long id = this.api.customer("RM-" + System.nanoTime() % 1_000_000_000L + "-" + n, "保持目标测试" + this.rep + "-" + n,
				potential, this.rep);
		for (String date : orderDates) {
			this.api.order("admin", id, date);
		}
		return id;
	}

	@BeforeEach
	void data() throws Exception {
		this.api = new RetentionTestCalls(this.mvc, this.jdbc);
		this.rep = "rmrep" + NEXT.incrementAndGet() + "x" + System.nanoTime() % 100000;
		RetentionTestCalls.created(call("admin", post("/api/v1/users"), """
				{"username":"%s","password":"password1","displayName":"保持目标测试代表","roles":["REP"],"teamId":%d}
				""".formatted(this.rep,
				this.jdbc.sql("select team_id from app_user where username = 'rep13'").query(Long.class).single())));
		customer(300_000, "2008-05-01", "2009-03-01", "2010-07-01");
		long k2 = customer(300_000, "2008-11-01", "2010-02-01");
		customer(50_000, "2008-01-15");
		customer(300_000, "2009-06-01", "2010-06-01");
		long k5 = customer(300_000, "2009-02-01");
		long cancelled = this.api.order("admin", k5, "2010-03-01");
		call("admin", post("/api/v1/orders/" + cancelled + "/cancel"), "{\"reason\":\"客户撤单\"}")
			.andExpect(status().isOk());
		long k6 = customer(50_000, "2011-01-05");
		customer(300_000);
		call("admin", post("/api/v1/customers/" + k2 + "/lost"), "{\"reason\":\"PRICE\",\"preventable\":true}")
			.andExpect(status().isCreated());
		call("admin", post("/api/v1/customers/" + k6 + "/lost"), "{\"reason\":\"PRODUCT_FIT\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void theCohortTriangleCountsCustomersByFirstOrderYear() throws Exception {
		call("director", get("/api/v1/retention/cohorts?asOf=2010-12-31&scope=rep:" + this.rep), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].year").value(2008))
			.andExpect(jsonPath("$[0].customers").value(3))
			.andExpect(jsonPath("$[0].years.length()").value(3))
			.andExpect(jsonPath("$[0].years[1].year").value(2009))
			.andExpect(jsonPath("$[0].years[1].offset").value(1))
			.andExpect(jsonPath("$[0].years[1].customers").value(1))
			.andExpect(jsonPath("$[0].years[1].share").value(0.333))
			.andExpect(jsonPath("$[0].years[2].customers").value(2))
			.andExpect(jsonPath("$[0].years[2].share").value(0.667))
			.andExpect(jsonPath("$[1].year").value(2009))
			.andExpect(jsonPath("$[1].customers").value(2))
			.andExpect(jsonPath("$[1].years[0].share").value(1.0))
			.andExpect(jsonPath("$[1].years[1].customers").value(1))
			.andExpect(jsonPath("$[1].years[1].share").value(0.5));
		// another rep may not ask for this rep's customers
		call("rep1", get("/api/v1/retention/cohorts?scope=rep:" + this.rep), null).andExpect(status().isForbidden());
	}

	@Test
	void eachClassLossRateStandsAgainstItsTarget() throws Exception {
		String body = call("director", get("/api/v1/retention/loss-rates?scope=rep:" + this.rep), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value(LocalDate.now(this.clock).toString()))
			.andExpect(jsonPath("$.classes[0].customerClass").value("A"))
			.andExpect(jsonPath("$.classes[0].customersAtStart").value(0))
			.andExpect(jsonPath("$.classes[0].actualRate").doesNotExist())
			.andExpect(jsonPath("$.classes[0].overTarget").value(false))
			.andExpect(jsonPath("$.classes[1].customersAtStart").value(4))
			.andExpect(jsonPath("$.classes[1].lost").value(1))
			.andExpect(jsonPath("$.classes[1].actualRate").value(25.0))
			.andExpect(jsonPath("$.classes[1].overTarget").value(true))
			.andExpect(jsonPath("$.classes[2].customersAtStart").value(2))
			.andExpect(jsonPath("$.classes[2].lost").value(1))
			.andExpect(jsonPath("$.classes[2].actualRate").value(50.0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Number>>read(body, "$.classes[*].targetRate")).extracting(Number::doubleValue)
			.containsExactly(5.0, 10.0, 20.0);
	}

	@Test
	void directorsSetTheTargetsWithinZeroToAHundredAndTheChangeIsAudited() throws Exception {
		call("manager1", put("/api/v1/retention/targets"), "{\"B\":12}").andExpect(status().isForbidden());
		call("director", put("/api/v1/retention/targets"), "{\"B\":12,\"C\":101}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("targets.C"));
		call("director", get("/api/v1/retention/targets"), null).andExpect(jsonPath("$.B").value(10.0));
		try {
			call("director", put("/api/v1/retention/targets"), "{\"B\":12.5}").andExpect(status().isOk())
				.andExpect(jsonPath("$.B").value(12.5))
				.andExpect(jsonPath("$.A").value(5.0));
			assertThat(this.jdbc
				.sql("""
						select c.old_value || ' → ' || c.new_value from audit_event e join audit_change c on c.event_id = e.id
						where e.entity_type = 'retentionTarget' and e.action = 'UPDATE' and e.username = 'director'
						  and c.field = 'lossRate' order by e.id desc
						""")
				.query(String.class)
				.list()).first().asString().matches("10(\\.0+)? → 12\\.50?");
		}
		finally {
			call("director", put("/api/v1/retention/targets"), "{\"B\":10}").andExpect(status().isOk());
		}
	}

	@Test
	void thePageShowsTheTargetsTheCohortsAndTheirHeatmap() throws Exception {
		MockHttpSession director = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("director").password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		String html = this.mvc.perform(get("/retention/measures").session(director))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("客户保持目标与客户群分析").contains("id=\"targetB\"").contains("id=\"cohortChart\"");
		String chart = this.mvc.perform(get("/retention/cohorts/chart").param("asOf", "2010-12-31").session(director))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(chart, "$.series[0].type")).isEqualTo("heatmap");
		assertThat(JsonPath.<List<String>>read(chart, "$.xAxis.data")).startsWith("首单当年", "1 年后");
		this.mvc.perform(get("/retention/measures").param("lang", "en").session(director))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Retention targets and customer cohorts")));
	}

}
