package org.salesteam.keyaccount;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One-year key-account plans through the API: the objectives' attainment computed by the
 * KPI engine from the account's orders (worked by hand), who reads, writes and decides a
 * plan, DRAFT → SUBMITTED → APPROVED, and 422 naming the field.
 */
@IntegrationTest
class PlanApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private KeyAccountCalls api;

	private final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

	@BeforeEach
	void calls() {
		this.api = new KeyAccountCalls(this.mvc);
	}

	private long plan(String user, long customer, String objectives) throws Exception {
		return KeyAccountCalls.id(
				this.api
					.call(user, post("/api/v1/key-account-plans"),
							"""
									{"customerId":%d,"year":%d,"vision":"首选供应商","objectives":%s,
									 "actions":[{"title":"拜访采购总监","owner":"rep1","due":"%d-12-01"}]}"""
								.formatted(customer, this.year, objectives, this.year))
					.andExpect(status().isCreated())
					.andReturn());
	}

	@Test
	void theObjectivesAttainmentIsTheAccountsKpiOverThePlanYearAgainstTheTarget() throws Exception {
		long customer = this.api.customer("rep1", "计划达成客户");
		long product = this.jdbc.sql("select id from product where active = true order by id fetch first 1 rows only")
			.query(Long.class)
			.single();
		// two orders today: 10 × 1500 + 5 × 1000 = 20 000 in sales, 2 orders
		this.api.order("rep1", customer, product, "10", "1500");
		this.api.order("rep1", customer, product, "5", "1000");
		long id = plan("rep1", customer, """
				[{"description":"年度销售额","kpi":"SALES","target":80000,"owner":"rep1"},
				 {"description":"订单数","kpi":"ORDERS","target":3}]""");

		// 20 000 ÷ 80 000 = 25.0 %; 2 ÷ 3 = 66.7 % (half up)
		this.api.call("rep1", get("/api/v1/key-account-plans/" + id), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.objectives[0].actual").value(20000.0))
			.andExpect(jsonPath("$.objectives[0].attainment").value(25.0))
			.andExpect(jsonPath("$.objectives[1].actual").value(2.0))
			.andExpect(jsonPath("$.objectives[1].attainment").value(66.7))
			.andExpect(jsonPath("$.actions[0].ownerName").value(displayName("rep1")))
			.andExpect(jsonPath("$.mayEdit").value(true));
		// the manager of the team reads the same figures
		this.api.call("manager1", get("/api/v1/key-account-plans/" + id), null)
			.andExpect(jsonPath("$.objectives[0].attainment").value(25.0));
	}

	@Test
	void aPlanIsReadAsItsCustomerIsAndDecidedByTheOwnersManager() throws Exception {
		long customer = this.api.customer("rep1", "计划审批客户");
		long id = plan("rep1", customer, """
				[{"description":"年度销售额","kpi":"SALES","target":100000}]""");
		String path = "/api/v1/key-account-plans/" + id;
		this.api.call("rep2", get(path), null).andExpect(status().isNotFound());
		this.api.call("support1", get(path), null).andExpect(status().isNotFound());
		this.api.call("manager2", get(path), null).andExpect(status().isNotFound());
		this.api.call("rep2", post(path + "/submit"), null).andExpect(status().isNotFound());

		this.api.call("rep1", post(path + "/submit"), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		assertThat(inbox("manager1")).contains("/key-accounts?plans=SUBMITTED");
		// the approver (rep1's team manager) is told once, with a link to the plan
		assertThat(this.jdbc.sql("select count(*) from notification n join app_user u on u.id = n.recipient_id"
				+ " where u.username = 'manager1' and n.event_type = 'KEY_ACCOUNT_PLAN_SUBMITTED' and n.link = :link")
			.param("link", "/key-accounts/plans/" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
		// the planner does not approve their own plan; another team's manager does not
		// see it
		this.api.call("rep1", post(path + "/approve"), null).andExpect(status().isForbidden());
		this.api.call("manager2", post(path + "/approve"), null).andExpect(status().isNotFound());
		// a submitted plan is not edited any more
		this.api.call("rep1", put(path), """
				{"vision":"改了"}""").andExpect(status().isUnprocessableEntity());

		this.api.call("manager1", post(path + "/approve"), """
				{"note":"同意"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decisionNote").value("同意"))
			.andExpect(jsonPath("$.decidedByName").value(displayName("manager1")));
		this.api.call("rep1", put(path + "/reviews/1"), """
				{"progress":"招标已确认"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviews[0].quarter").value(1));
		this.api.call("rep1", put(path + "/actions/0/status"), """
				{"status":"DONE"}""").andExpect(jsonPath("$.actions[0].status").value("DONE"));
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where entity_type = 'keyAccountPlan' and entity_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aBrokenPlanIsRefusedNamingTheField() throws Exception {
		long customer = this.api.customer("rep1", "计划校验客户");
		this.api
			.call("rep1", post("/api/v1/key-account-plans"),
					"""
							{"customerId":%d,"year":%d,"objectives":[{"description":"x","kpi":"NO_SUCH_KPI","target":1}]}"""
						.formatted(customer, this.year))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("objectives[0].kpi"));
		this.api
			.call("rep1", post("/api/v1/key-account-plans"),
					"""
							{"customerId":%d,"year":%d,"objectives":[{"description":"x","kpi":"SALES","target":0}]}"""
						.formatted(customer, this.year))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("objectives[0].target"));
		assertThat(this.jdbc.sql("select count(*) from ka_plan where customer_id = :c")
			.param("c", customer)
			.query(Long.class)
			.single()).isZero();
		// another rep's customer: as if it did not exist
		this.api.call("rep6", post("/api/v1/key-account-plans"), """
				{"customerId":%d,"year":%d}""".formatted(customer, this.year)).andExpect(status().isNotFound());

		long id = KeyAccountCalls.id(this.api.call("rep1", post("/api/v1/key-account-plans"), """
				{"customerId":%d,"year":%d}""".formatted(customer, this.year))
			.andExpect(status().isCreated())
			.andReturn());
		this.api.call("rep1", post("/api/v1/key-account-plans"), """
				{"customerId":%d,"year":%d}""".formatted(customer, this.year))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		this.api.call("rep1", post("/api/v1/key-account-plans/" + id + "/submit"), null)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("objectives"));
		this.api.call("rep1", get("/api/v1/key-account-plans/" + id), null)
			.andExpect(jsonPath("$.vision").value(nullValue()));
	}

	private String inbox(String user) throws Exception {
		var session = (org.springframework.mock.web.MockHttpSession) this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/login")
				.user(user)
				.password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		return this.mvc.perform(get("/home/cockpit/inbox").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String displayName(String username) {
		return this.jdbc.sql("select display_name from app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

}
