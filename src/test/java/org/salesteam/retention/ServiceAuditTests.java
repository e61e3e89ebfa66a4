package org.salesteam.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

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
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service audit (ADR 0050) from outside. rep13's key account has four orders placed
 * and delivered today, two of them invoiced today; a delivery complaint about order 1
 * (closed late), an invoice complaint about order 2 (open), a quality request (closed in
 * time) and a quote request closed in time six hours after it opened. By hand: on-time
 * delivery 3 of 4 = 75 % (suggests 1: below 80), reprint 1 of 4 = 25 % (suggests 1),
 * deadlines met 2 of 3 closed = 66.7 %, quote turnaround 6.0 hours (suggests 4: within
 * 8), invoice accuracy 1 of 2 = 50 %, no visits (0 %), no contacts (no figure).
 * Importance 5, ours 2, competitor 4 on delivery gives the gap 5 × (4 − 2) = 10.
 */
@IntegrationTest
class ServiceAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private RetentionTestCalls api;

	private long account;

	private LocalDate today;

	private String half;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		return this.api.call(user, request, body);
	}

	@BeforeEach
	void data() throws Exception {
		this.api = new RetentionTestCalls(this.mvc, this.jdbc);
		this.account = this.api.uniqueCustomer("SA", "服务审计客户", 2_000_000, "rep13").id();
		this.jdbc.sql("update customer set key_account = true where id = :c").param("c", this.account).update();
		this.today = LocalDate.now(this.clock);
		this.half = this.today.getYear() + "-H" + ((this.today.getMonthValue() <= 6) ? 1 : 2);
	}

	private long open() throws Exception {
		return RetentionTestCalls.created(call("rep13", post("/api/v1/service-audits"),
				"{\"customerId\":%d,\"half\":\"%s\"}".formatted(this.account, this.half)));
	}

	private long request(String type, Long order) throws Exception {
		return RetentionTestCalls.created(call("rep13", post("/api/v1/service-requests"), """
				{"customerId":%d,"orderId":%s,"type":"%s","severity":"NORMAL","subject":"审计测试"}
				""".formatted(this.account, order, type)));
	}

	private void closed(long request, boolean inTime, int hoursOpen) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.sql("""
				update service_request set status = 'CLOSED', closed_at = :closed, opened_at = :opened,
				resolved_in_time = :inTime where id = :r""")
			.param("closed", now)
			.param("opened", now.minusHours(hoursOpen))
			.param("inTime", inTime)
			.param("r", request)
			.update();
	}

	@Test
	void theFiguresAreMeasuredFromTheDataAndTheLargestGapsGetActions() throws Exception {
		long[] orders = new long[4];
		for (int index = 0; index < orders.length; index++) {
			orders[index] = this.api.order("rep13", this.account, this.today);
			this.jdbc
				.sql("update sales_order set status = 'DELIVERED', delivered_on = :d, invoiced_on = :i where id = :o")
				.param("d", this.today)
				.param("i", (index < 2) ? this.today : null)
				.param("o", orders[index])
				.update();
		}
		closed(request("DELIVERY", orders[0]), false, 30);
		request("INVOICE", orders[1]);
		closed(request("QUALITY", null), true, 2);
		closed(request("QUOTE", null), true, 6);
		long audit = open();
		String item = "$.items[?(@.item == '%s')].%s";
		call("rep13", get("/api/v1/service-audits/" + audit), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.half").value(this.half))
			.andExpect(jsonPath("$.items.length()").value(7))
			.andExpect(jsonPath(item.formatted("ON_TIME_DELIVERY", "measured")).value(75.0))
			.andExpect(jsonPath(item.formatted("ON_TIME_DELIVERY", "basis")).value(4))
			.andExpect(jsonPath(item.formatted("ON_TIME_DELIVERY", "suggested")).value(1))
			.andExpect(jsonPath(item.formatted("REPRINT_RATE", "measured")).value(25.0))
			.andExpect(jsonPath(item.formatted("DEADLINES_MET", "measured"), contains(closeTo(66.667, 0.01))))
			.andExpect(jsonPath(item.formatted("DEADLINES_MET", "basis")).value(3))
			.andExpect(jsonPath(item.formatted("QUOTE_TURNAROUND", "measured")).value(6.0))
			.andExpect(jsonPath(item.formatted("QUOTE_TURNAROUND", "suggested")).value(4))
			.andExpect(jsonPath(item.formatted("INVOICE_ACCURACY", "measured")).value(50.0))
			.andExpect(jsonPath(item.formatted("VISITS_AGAINST_STANDARD", "measured")).value(0.0))
			.andExpect(jsonPath(item.formatted("CONTACTS_COVERED", "measured"), contains(nullValue())));
		String scores = """
				{"items":[{"code":"ON_TIME_DELIVERY","importance":5,"ours":2,"competitor":4,"note":"旺季晚交"},
				          {"code":"QUOTE_TURNAROUND","importance":4,"ours":3,"competitor":4},
				          {"code":"INVOICE_ACCURACY","importance":2,"ours":4,"competitor":3},
				          {"code":"CONTACTS_COVERED","importance":3,"ours":2,"competitor":3,
				           "actionOwner":"manager1","actionDueOn":"%s","actionNote":"约见市场部"},
				          {"code":"REPRINT_RATE","importance":1,"ours":2,"competitor":3}]}""";
		call("rep13", put("/api/v1/service-audits/" + audit + "/items"), scores.formatted(this.today.plusDays(10)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].item").value("ON_TIME_DELIVERY"))
			.andExpect(jsonPath("$.items[0].gap").value(10))
			.andExpect(jsonPath("$.items[0].actionNeeded").value(true))
			.andExpect(jsonPath("$.items[0].actionOwner").value("rep13"))
			.andExpect(jsonPath("$.items[0].actionDueOn").value(this.today.plusDays(30).toString()))
			.andExpect(jsonPath("$.items[1].item").value("QUOTE_TURNAROUND"))
			.andExpect(jsonPath("$.items[1].gap").value(4))
			.andExpect(jsonPath("$.items[2].item").value("CONTACTS_COVERED"))
			.andExpect(jsonPath("$.items[2].gap").value(3))
			.andExpect(jsonPath("$.items[2].actionOwner").value("manager1"))
			.andExpect(jsonPath("$.items[3].item").value("REPRINT_RATE"))
			.andExpect(jsonPath("$.items[3].gap").value(1))
			.andExpect(jsonPath("$.items[3].actionNeeded").value(false))
			.andExpect(jsonPath("$.items[3].actionOwner").value(nullValue()))
			.andExpect(jsonPath(item.formatted("INVOICE_ACCURACY", "gap")).value(-2));
		call("manager3", get("/api/v1/service-audits?customerId=" + this.account), null).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].auditId").value(audit))
			.andExpect(jsonPath("$[0].largestGapItem").value("ON_TIME_DELIVERY"))
			.andExpect(jsonPath("$[0].largestGap").value(10))
			.andExpect(jsonPath("$[0].scoredItems").value(5))
			.andExpect(jsonPath("$[0].openActions").value(3));
		call("director", get("/api/v1/service-audits?half=" + this.half + "&scope=rep:rep13"), null)
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$[?(@.customerId == %d)].auditId".formatted(this.account)).value(Math.toIntExact(audit)));
	}

	@Test
	void theRulesRefuseWithTheFieldAndWriteNothing() throws Exception {
		long other = this.api.uniqueCustomer("SA", "非大客户", 2_000_000, "rep13").id();
		call("rep13", post("/api/v1/service-audits"), "{\"customerId\":%d,\"half\":\"%s\"}".formatted(other, this.half))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("customerId"));
		for (String half : new String[] { "2026-H3", (this.today.getYear() + 1) + "-H1" }) {
			call("rep13", post("/api/v1/service-audits"),
					"{\"customerId\":%d,\"half\":\"%s\"}".formatted(this.account, half))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.errors[0].field").value("half"));
		}
		call("rep1", post("/api/v1/service-audits"),
				"{\"customerId\":%d,\"half\":\"%s\"}".formatted(this.account, this.half))
			.andExpect(status().isNotFound());
		long audit = open();
		call("rep13", post("/api/v1/service-audits"),
				"{\"customerId\":%d,\"half\":\"%s\"}".formatted(this.account, this.half))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("half"));
		String bad = """
				{"items":[{"code":"ON_TIME_DELIVERY","importance":5,"ours":2,"competitor":4},
				          {"code":"REPRINT_RATE","importance":%s,"ours":%s,"competitor":3,"actionOwner":%s,
				           "actionDueOn":%s}]}""";
		String due = "\"" + this.today.plusDays(5) + "\"";
		String[][] cases = { { "6", "2", "null", "null", "items[1].importance" },
				{ "3", "0", "null", "null", "items[1].ours" },
				{ "3", "2", "\"nobody-here\"", due, "items[1].actionOwner" },
				{ "3", "2", "\"rep13\"", "null", "items[1].actionDueOn" },
				{ "3", "2", "\"rep13\"", "\"2000-01-01\"", "items[1].actionDueOn" } };
		for (String[] refused : cases) {
			call("rep13", put("/api/v1/service-audits/" + audit + "/items"),
					bad.formatted(refused[0], refused[1], refused[2], refused[3]))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.errors[0].field").value(refused[4]));
		}
		call("rep13", put("/api/v1/service-audits/" + audit + "/items"), "{\"items\":[{\"code\":\"SPEED\"}]}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].code"));
		assertThat(this.jdbc.sql("""
				select count(*) from retention_service_audit_item
				where audit_id = :a and (importance is not null or action_owner_id is not null)""")
			.param("a", audit)
			.query(Long.class)
			.single()).isZero();
		call("rep1", get("/api/v1/service-audits/" + audit), null).andExpect(status().isNotFound());
		call("rep1", get("/api/v1/service-audits?customerId=" + this.account), null).andExpect(status().isNotFound());
		call("manager3", get("/api/v1/service-audits/" + audit), null).andExpect(status().isOk());
	}

	@Test
	void supportStaffReadTheAuditsOfTheAccountsTheyServeAndChangeNothing() throws Exception {
		long audit = open();
		long support = this.jdbc.sql("select id from app_user where username = 'support1'").query(Long.class).single();
		call("support1", get("/api/v1/service-audits/" + audit), null).andExpect(status().isNotFound());
		this.jdbc.sql("""
				insert into account_team_member (customer_id, user_id, team_role, added_on)
				values (:c, :u, 'CUSTOMER_SERVICE', current_date)""")
			.param("c", this.account)
			.param("u", support)
			.update();
		call("support1", get("/api/v1/service-audits/" + audit), null).andExpect(status().isOk());
		call("support1", put("/api/v1/service-audits/" + audit + "/items"),
				"{\"items\":[{\"code\":\"ON_TIME_DELIVERY\",\"importance\":5,\"ours\":2,\"competitor\":4}]}")
			.andExpect(status().isForbidden());
	}

	@Test
	void theDemoHasABigGapOnDelivery() throws Exception {
		call("manager2", get("/api/v1/service-audits?scope=rep:rep6"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].largestGapItem").value("ON_TIME_DELIVERY"))
			.andExpect(jsonPath("$[0].largestGap").value(10));
	}

	@Test
	void thePagesShowTheAuditInChineseAndEnglishAndSaveTheForm() throws Exception {
		long audit = open();
		MockHttpSession rep = (MockHttpSession) this.mvc.perform(formLogin("/login").user("rep13").password("demo"))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/service-audits").session(rep))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("开始审计")))
			.andExpect(content().string(containsString("/service-audits/" + audit)));
		this.mvc.perform(get("/service-audits/" + audit + "?lang=en").session(rep))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("On-time delivery")))
			.andExpect(content().string(containsString("Best competitor")));
		this.mvc
			.perform(post("/service-audits/" + audit + "/items").session(rep)
				.with(csrf())
				.param("code", "ON_TIME_DELIVERY", "REPRINT_RATE")
				.param("importance", "5", "2")
				.param("ours", "2", "")
				.param("competitor", "4", "")
				.param("note", "", "")
				.param("actionOwner", "", "")
				.param("actionDueOn", "", "")
				.param("actionNote", "", ""))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/service-audits/" + audit).session(rep))
			.andExpect(status().isOk())
			// the session keeps the language chosen last (en)
			.andExpect(content().string(containsString("Service audit saved")))
			.andExpect(content().string(containsString("Service deadlines met")));
		assertThat(this.jdbc.sql("""
				select importance * (competitor - ours) from retention_service_audit_item
				where audit_id = :a and item_code = 'ON_TIME_DELIVERY'""")
			.param("a", audit)
			.query(Integer.class)
			.single()).isEqualTo(10);
	}

}
