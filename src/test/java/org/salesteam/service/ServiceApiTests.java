package org.salesteam.service;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.AccountTeams;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service requests from outside: support staff work the requests of the accounts they are
 * assigned to (and no others), deadlines by the customer's class, root cause and
 * corrective action on close, and a closed complaint counted once in COMPLAINTS_RESOLVED.
 */
@IntegrationTest
class ServiceApiTests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long account;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	@BeforeEach
	void account() throws Exception {
		String code = "SV-" + System.nanoTime() % 1_000_000_000L + "-" + NEXT.incrementAndGet();
		// 2,000,000 of potential: class A (4 working hours to respond, 24 to resolve)
		this.account = id(call("admin", post("/api/v1/customers"), """
				{"code":"%s","name":"服务测试客户%d","potential":2000000,"ownerUsername":"rep14"}
				""".formatted(code, NEXT.get())).andExpect(status().isCreated()));
		AccountTeams.add(this.jdbc, this.account, "support1", "CUSTOMER_SERVICE");
	}

	@AfterEach
	void leaveTheAccountTeam() {
		this.jdbc.sql("delete from account_team_member where customer_id = :c").param("c", this.account).update();
	}

	private long open(String user, String type) throws Exception {
		return id(call(user, post("/api/v1/service-requests"), """
				{"customerId":%d,"type":"%s","severity":"HIGH","subject":"画册封面偏色"}
				""".formatted(this.account, type)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.customerClass").value("A"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.sla").value("ON_TRACK")));
	}

	private int complaintsResolved(String date) throws Exception {
		String body = call("director",
				get("/api/v1/kpis?scope=customer:" + this.account + "&from=" + date + "&to=" + date
						+ "&codes=COMPLAINTS_RESOLVED"),
				null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.kpis[0].value")).intValue();
	}

	@Test
	void supportStaffWorkTheirAccountsRequestsAndAClosedComplaintCountsOnce() throws Exception {
		long request = open("support1", "COMPLAINT");
		// another rep and support staff not on the account team do not see it, nor may
		// open one
		call("rep1", get("/api/v1/service-requests/" + request), null).andExpect(status().isNotFound());
		call("support2", post("/api/v1/service-requests/" + request + "/close"),
				"{\"rootCause\":\"x\",\"correctiveAction\":\"y\"}")
			.andExpect(status().isNotFound());
		call("rep1", post("/api/v1/service-requests"), """
				{"customerId":%d,"type":"QUOTE","subject":"报价"}
				""".formatted(this.account)).andExpect(status().isNotFound());
		// the owner's manager sees it in the list
		String list = call("manager3", get("/api/v1/service-requests?customerId=" + this.account), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(list, "$.items[*].id")).containsExactly((int) request);
		call("support1", post("/api/v1/service-requests/" + request + "/close"), "{\"correctiveAction\":\"签样\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("rootCause"));
		call("support1", post("/api/v1/service-requests/" + request + "/close"), """
				{"rootCause":"换纸后未重新校色","correctiveAction":"换纸必须重新打样并由客户签样"}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.withinDeadline").value(true))
			.andExpect(jsonPath("$.sla").value("MET"));
		String day = this.jdbc.sql("select activity_date from activity_log where service_request_id = :r")
			.param("r", request)
			.query(LocalDate.class)
			.single()
			.toString();
		assertThat(complaintsResolved(day)).isEqualTo(1);
		// closing again is refused and counts nothing more
		call("support1", post("/api/v1/service-requests/" + request + "/close"), """
				{"rootCause":"a","correctiveAction":"b"}
				""").andExpect(status().isUnprocessableEntity());
		assertThat(complaintsResolved(day)).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select u.username from activity_log a join app_user u on u.id = a.owner_id
				where a.service_request_id = :r and a.activity_type = 'COMPLAINT_RESOLVED'
				""").param("r", request).query(String.class).list()).containsExactly("support1");
	}

	@Test
	void aDeliveryRequestIsNoComplaintAndWaitingStopsTheClock() throws Exception {
		long request = open("rep14", "DELIVERY");
		call("rep14", post("/api/v1/service-requests/" + request + "/wait"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WAITING_CUSTOMER"))
			.andExpect(jsonPath("$.firstResponseAt").isNotEmpty());
		call("rep14", post("/api/v1/service-requests/" + request + "/resume"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"));
		call("rep14", post("/api/v1/service-requests/" + request + "/close"), """
				{"rootCause":"物流排车冲突","correctiveAction":"交期变动当天通知客户"}
				""").andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from activity_log where service_request_id = :r")
			.param("r", request)
			.query(Long.class)
			.single()).isZero();
		String summary = call("rep14", get("/api/v1/service-requests/summary"), null).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int closed = JsonPath.read(summary, "$.closed");
		int inTime = JsonPath.read(summary, "$.closedInTime");
		assertThat(closed).isPositive();
		assertThat(((Number) JsonPath.read(summary, "$.slaMet")).doubleValue()).isCloseTo((double) inTime / closed,
				org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void aRequestNeedsACustomerATypeAndASubject() throws Exception {
		call("support1", post("/api/v1/service-requests"), "{\"type\":\"COMPLAINT\",\"subject\":\"x\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("customerId"));
		call("support1", post("/api/v1/service-requests"), """
				{"customerId":%d,"type":"PRAISE","subject":"x"}
				""".formatted(this.account)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		call("support1", post("/api/v1/service-requests"), """
				{"customerId":%d,"type":"COMPLAINT"}
				""".formatted(this.account)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("subject"));
	}

}
