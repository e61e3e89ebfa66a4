package org.salesteam.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Passive vs active selling (ADR 0050) by hand. A new rep records seven visits on day D
 * (yesterday): to key account A a relationship, a needs and a service visit and one more
 * needs visit; to customer B (not a key account), which opened a complaint three days
 * before D, a relationship, a proposal and one more relationship visit. Active: A's three
 * visits other than the service one — A's own request was opened 20 days before D,
 * outside the 14 days — so 3 of 7 = 0.428571, below 50 % with at least 5 visits: flagged.
 * One opportunity on A created on D (A's request 20 days before: inside 30 days, not
 * proactive), one on key account C (no request: proactive), one on B (not a key account):
 * 1 proactive proposal over 2 key accounts = 0.5. The demo makes rep3 mostly reactive.
 */
@IntegrationTest
class SellingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private RetentionTestCalls api;

	private String rep;

	private String repToken;

	private LocalDate day;

	private String quarter;

	@BeforeEach
	void data() throws Exception {
		this.api = new RetentionTestCalls(this.mvc, this.jdbc);
		this.rep = "sel" + System.nanoTime() % 100_000_000L;
		// rep13's team: the one the retention tests add their own reps to, so that the
		// demo's other teams keep the reps their tests count
		long team = this.jdbc.sql("select team_id from app_user where username = 'rep13'").query(Long.class).single();
		this.api.call("admin", post("/api/v1/users"), """
				{"username":"%s","password":"secret-123","displayName":"主动销售%s","roles":["REP"],"teamId":%d}
				""".formatted(this.rep, this.rep, team)).andExpect(status().isCreated());
		String body = this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + this.rep + "\",\"password\":\"secret-123\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.repToken = "Bearer " + JsonPath.read(body, "$.token");
		this.day = LocalDate.now(this.clock).minusDays(1);
		this.quarter = this.day.getYear() + "-Q" + ((this.day.getMonthValue() + 2) / 3);
	}

	private ResultActions asRep(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", this.repToken);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private long customer(String label, boolean keyAccount) throws Exception {
		long id = this.api.uniqueCustomer("SEL", label, 2_000_000, this.rep).id();
		this.jdbc.sql("update customer set key_account = :k where id = :c")
			.param("k", keyAccount)
			.param("c", id)
			.update();
		return id;
	}

	private void visit(long customer, String type) throws Exception {
		asRep(post("/api/v1/visits/record"), """
				{"customerId":%d,"type":"%s","objective":"了解明年画册需求","actualStart":"%sT09:00","actualEnd":"%sT10:00",
				 "result":"谈了新品打样"}""".formatted(customer, type, this.day, this.day)).andExpect(status().isCreated());
	}

	/** A service request of the customer, opened at 10:00 that many days before D. */
	private void request(long customer, int daysBefore) throws Exception {
		long request = RetentionTestCalls.created(asRep(post("/api/v1/service-requests"), """
				{"customerId":%d,"type":"COMPLAINT","severity":"NORMAL","subject":"色差"}""".formatted(customer)));
		this.jdbc.sql("update service_request set opened_at = :at where id = :r")
			.param("at", at(this.day.minusDays(daysBefore)))
			.param("r", request)
			.update();
	}

	private void opportunity(long customer) {
		this.jdbc.sql("""
				insert into opportunity (id, version, customer_id, owner_id, name, stage, amount, created_at)
				values (nextval('app_seq'), 0, :c, (select id from app_user where username = :u), '年度画册方案',
				        'PROPOSAL', 50000, :at)""")
			.param("c", customer)
			.param("u", this.rep)
			.param("at", at(this.day))
			.update();
	}

	private OffsetDateTime at(LocalDate date) {
		return date.atTime(LocalTime.of(10, 0)).atZone(this.clock.getZone()).toOffsetDateTime();
	}

	@Test
	void theActiveShareAndProactiveProposalsAreCountedByHandAndAReactiveRepIsFlagged() throws Exception {
		long accountA = customer("主动A", true);
		long customerB = customer("被动B", false);
		long accountC = customer("主动C", true);
		request(accountA, 20);
		request(customerB, 3);
		for (String type : new String[] { "RELATIONSHIP", "NEEDS", "SERVICE", "NEEDS" }) {
			visit(accountA, type);
		}
		for (String type : new String[] { "RELATIONSHIP", "PROPOSAL", "RELATIONSHIP" }) {
			visit(customerB, type);
		}
		opportunity(accountA);
		opportunity(accountC);
		opportunity(customerB);
		String row = "$.reps[0].";
		asRep(get("/api/v1/retention/selling?quarter=" + this.quarter), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.scope").value("rep:" + this.rep))
			.andExpect(jsonPath("$.reps.length()").value(1))
			.andExpect(jsonPath(row + "visits").value(7))
			.andExpect(jsonPath(row + "activeVisits").value(3))
			.andExpect(jsonPath(row + "activeShare", closeTo(3.0 / 7, 1e-9), Double.class))
			.andExpect(jsonPath(row + "flagged").value(true))
			.andExpect(jsonPath(row + "traits.length()").value(4))
			.andExpect(jsonPath(row + "keyAccounts").value(2))
			.andExpect(jsonPath(row + "proactiveProposals").value(1))
			.andExpect(jsonPath(row + "proposalsPerKeyAccount").value(0.5));
		String kpis = asRep(get("/api/v1/kpis?codes=ACTIVE_VISIT_SHARE&scope=rep:" + this.rep + "&from=" + this.day
				+ "&to=" + this.day), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Number>read(kpis, "$.kpis[0].value").doubleValue()).isEqualTo(0.428571);
		assertThat(JsonPath.<Number>read(kpis, "$.kpis[0].numerator").intValue()).isEqualTo(3);
		assertThat(JsonPath.<Number>read(kpis, "$.kpis[0].denominator").intValue()).isEqualTo(7);
	}

	@Test
	void aRepSeesOnlyTheirOwnAndTheManagerTheTeam() throws Exception {
		asRep(get("/api/v1/retention/selling?scope=rep:rep1"), null).andExpect(status().isForbidden());
		asRep(get("/api/v1/retention/selling?quarter=2026-Q5"), null).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("quarter"));
		this.api.call("rep1", get("/api/v1/retention/selling?scope=rep:" + this.rep), null)
			.andExpect(status().isForbidden());
		this.api.call("director", get("/api/v1/retention/selling?scope=territory:EAST"), null)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("scope"));
	}

	@Test
	void theDemoFlagsRep3AsMostlyReactive() throws Exception {
		// the previous quarter: complete, so rep3 has his visits whatever today's day
		LocalDate previous = LocalDate.now(this.clock).minusMonths(3);
		this.api
			.call("director",
					get("/api/v1/retention/selling?scope=company&quarter=" + previous.getYear() + "-Q"
							+ ((previous.getMonthValue() + 2) / 3)),
					null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reps[?(@.username == 'rep3')].flagged").value(true))
			.andExpect(jsonPath("$.reps[?(@.username == 'rep7')].flagged").value(false));
		// this quarter too, once he has the 5 visits a flag needs
		String current = this.api.call("director", get("/api/v1/retention/selling?scope=company"), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<Number> visits = JsonPath.read(current, "$.reps[?(@.username == 'rep3')].visits");
		java.util.List<Boolean> flagged = JsonPath.read(current, "$.reps[?(@.username == 'rep3')].flagged");
		assertThat(flagged).containsExactly(visits.get(0).intValue() >= 5);
	}

}
