package org.salesteam.keyaccount;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service requests of key accounts routed by account-team role (ADR 0052): the member of
 * the role the type calls for gets the request and a notice, an empty role falls back to
 * the key-account manager, other customers are not routed, the newest portfolio's box
 * shortens the deadlines, and only directors change the table (422 naming the line's
 * field, audited).
 */
@IntegrationTest
class ServiceRoutingApiTests {

	private static final String ROUTING = "/api/v1/key-accounts/service-routing";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private KeyAccountCalls api;

	private final List<Long> customers = new ArrayList<>();

	@BeforeEach
	void calls() {
		this.api = new KeyAccountCalls(this.mvc);
	}

	@AfterEach
	void removeTeams() {
		// support1 and support2 must not keep reading rep1's test customers (safety
		// probes)
		this.customers.forEach((customer) -> this.jdbc.sql("delete from account_team_member where customer_id = :c")
			.param("c", customer)
			.update());
	}

	/** A key account of rep1 with rep1 as manager, support1 quality, support2 service. */
	private long keyAccount(String name) throws Exception {
		long customer = this.api.customer("rep1", name);
		this.customers.add(customer);
		this.api.call("manager1", put("/api/v1/customers/" + customer + "/key-account"), """
				{"strategicFit":4,"reason":"派单测试"}""").andExpect(status().isOk());
		this.api.call("manager1", put("/api/v1/customers/" + customer + "/account-team"), """
				[{"username":"rep1","role":"KEY_ACCOUNT_MANAGER"},
				 {"username":"support1","role":"QUALITY","raci":"RESPONSIBLE"},
				 {"username":"support2","role":"CUSTOMER_SERVICE"}]""").andExpect(status().isOk());
		return customer;
	}

	private long open(String user, long customer, String type) throws Exception {
		return KeyAccountCalls.id(this.api.call(user, post("/api/v1/service-requests"), """
				{"customerId":%d,"type":"%s","subject":"派单测试 %s"}""".formatted(customer, type, type))
			.andExpect(status().isCreated())
			.andReturn());
	}

	private long userId(String username) {
		return this.jdbc.sql("select id from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private long notices(String username, long request) {
		return this.jdbc.sql("""
				select count(*) from notification n join app_user u on u.id = n.recipient_id
				where u.username = :u and n.event_type = 'SERVICE_REQUEST_ROUTED' and n.event_key = :key""")
			.param("u", username)
			.param("key", "SERVICE_REQUEST_ROUTED:" + request)
			.query(Long.class)
			.single();
	}

	private int target(long request, String column) {
		return this.jdbc.sql("select " + column + " from service_request where id = :id")
			.param("id", request)
			.query(Integer.class)
			.single();
	}

	@Test
	void aNewRequestLandsWithTheTeamMemberOfTheRoleItsTypeCallsFor() throws Exception {
		long customer = keyAccount("派单大客户");
		long quality = open("manager1", customer, "QUALITY");
		this.api.call("manager1", get("/api/v1/service-requests/" + quality), null)
			.andExpect(jsonPath("$.assigneeId").value(userId("support1")))
			.andExpect(jsonPath("$.routedRole").value("QUALITY"));
		assertThat(notices("support1", quality)).isEqualTo(1);

		long complaint = open("manager1", customer, "COMPLAINT");
		this.api.call("support2", get("/api/v1/service-requests/" + complaint), null)
			.andExpect(jsonPath("$.assigneeId").value(userId("support2")))
			.andExpect(jsonPath("$.routedRole").value("CUSTOMER_SERVICE"));
		assertThat(notices("support2", complaint)).isEqualTo(1);
		assertThat(notices("support1", complaint)).isZero();

		// nobody holds CREDIT on this team: the key-account manager takes the invoice
		long invoice = open("manager1", customer, "INVOICE");
		this.api.call("rep1", get("/api/v1/service-requests/" + invoice), null)
			.andExpect(jsonPath("$.assigneeId").value(userId("rep1")))
			.andExpect(jsonPath("$.routedRole").value("KEY_ACCOUNT_MANAGER"));
		assertThat(notices("rep1", invoice)).isEqualTo(1);

		// whoever opens a request routed to themselves is not told about it
		long own = open("rep1", customer, "QUOTE");
		this.api.call("rep1", get("/api/v1/service-requests/" + own), null)
			.andExpect(jsonPath("$.assigneeId").value(userId("rep1")));
		assertThat(notices("rep1", own)).isZero();
	}

	@Test
	void aCustomerThatIsNoKeyAccountIsNotRoutedAndKeepsItsClassDeadlines() throws Exception {
		long customer = this.api.customer("rep1", "普通客户派单");
		String customerClass = this.jdbc.sql("select customer_class from customer where id = :c")
			.param("c", customer)
			.query(String.class)
			.single();
		long request = open("rep1", customer, "QUALITY");
		this.api.call("rep1", get("/api/v1/service-requests/" + request), null)
			.andExpect(jsonPath("$.assigneeId").doesNotExist())
			.andExpect(jsonPath("$.routedRole").doesNotExist());
		// the class's deadlines in working minutes (a working day is 9 h = 540 min):
		// A 4 h / 24 h, B 8 h / 3 d, C 1 d / 5 d
		int response = switch (customerClass) {
			case "A" -> 240;
			case "B" -> 480;
			default -> 540;
		};
		int resolution = switch (customerClass) {
			case "A" -> 1440;
			case "B" -> 1620;
			default -> 2700;
		};
		assertThat(target(request, "response_target_minutes")).isEqualTo(response);
		assertThat(target(request, "resolution_target_minutes")).isEqualTo(resolution);
	}

	@Test
	void theBoxInTheNewestPortfolioShortensTheDeadlines() throws Exception {
		long customer = keyAccount("战略象限客户");
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		long portfolio = KeyAccountCalls.id(this.api.call("manager1", post("/api/v1/portfolios"), """
				{"name":"派单象限","year":%d,"scope":"keyaccounts:manager1"}""".formatted(year))
			.andExpect(status().isCreated())
			.andReturn());
		String base = "/api/v1/portfolios/" + portfolio;
		this.api.call("manager1", put(base + "/accounts"), "[%d]".formatted(customer)).andExpect(status().isOk());
		this.api.call("manager1", put(base + "/factors"), """
				[{"name":"volume","weight":100}]""").andExpect(status().isOk());
		this.api.call("manager1", put(base + "/success-factors"), """
				[{"name":"price","weight":100}]""").andExpect(status().isOk());
		// AA = 100 × 8 ÷ 100 = 8 ≥ 5, RS = 8 ÷ 6 = 1.33 ≥ 1: STRATEGIC
		this.api.call("manager1", put(base + "/accounts/" + customer + "/scores"), """
				{"scorer":"甲","factors":{"volume":8},"successFactors":{"price":{"us":8,"best":6}}}""")
			.andExpect(status().isOk());
		this.api.call("manager1", get(base + "/matrix"), null).andExpect(jsonPath("$.rows[0].box").value("STRATEGIC"));

		long request = open("manager1", customer, "COMPLAINT");
		// STRATEGIC: 2 h = 120 and 9 h = 540 working minutes, each at most the class's
		// (the shortest class deadlines are A's 240 and 1,440)
		assertThat(target(request, "response_target_minutes")).isEqualTo(120);
		assertThat(target(request, "resolution_target_minutes")).isEqualTo(540);
	}

	@Test
	void onlyDirectorsChangeTheTableAndABrokenLineIsNamed() throws Exception {
		String before = this.api.call("director", get(ROUTING), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.routes.length()").value(9))
			.andExpect(jsonPath("$.routes[?(@.type=='QUALITY')].role").value("QUALITY"))
			.andExpect(jsonPath("$.deadlines[?(@.box=='STRATEGIC')].responseHours").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String changed = """
				{"routes":[{"type":"INVOICE","role":"CUSTOMER_SERVICE"},{"type":"QUALITY","role":"QUALITY"}],
				 "deadlines":[{"box":"STAR","responseHours":3,"resolutionHours":12}]}""";
		this.api.call("manager1", put(ROUTING), changed).andExpect(status().isForbidden());
		this.api.call("director", put(ROUTING), """
				{"routes":[{"type":"INVOICE","role":"CREDIT"},{"type":"QUALITY","role":"JANITOR"}]}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("routes[1].role"));
		this.api.call("director", put(ROUTING), """
				{"routes":[{"type":"INVOICE","role":"CREDIT"}],
				 "deadlines":[{"box":"STAR","responseHours":0}]}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("deadlines[0].responseHours"));
		this.api.call("director", put(ROUTING), """
				{"routes":[],"deadlines":[{"box":"STATUS","responseHours":24,"resolutionHours":8}]}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("deadlines[0].responseHours"));
		assertThat(this.api.call("director", get(ROUTING), null).andReturn().getResponse().getContentAsString())
			.isEqualTo(before);
		long auditedBefore = audited("serviceRoute", "INVOICE");
		try {
			this.api.call("director", put(ROUTING), changed)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.routes[?(@.type=='INVOICE')].role").value("CUSTOMER_SERVICE"))
				// a type left out goes to customer service, a box left out has none
				.andExpect(jsonPath("$.routes[?(@.type=='DELIVERY')].role").value("CUSTOMER_SERVICE"))
				.andExpect(jsonPath("$.deadlines[?(@.box=='STAR')].resolutionHours").value(12));
			assertThat(audited("serviceRoute", "INVOICE")).isEqualTo(auditedBefore + 1);
			assertThat(audited("serviceDeadline", "STAR")).isPositive();
		}
		finally {
			this.api.call("director", put(ROUTING), before).andExpect(status().isOk());
		}
		assertThat(JsonPath.<List<String>>read(before, "$.routes[*].type")).hasSize(9);
	}

	private long audited(String type, String id) {
		return this.jdbc.sql("select count(*) from audit_event where entity_type = :t and entity_id = :id")
			.param("t", type)
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
