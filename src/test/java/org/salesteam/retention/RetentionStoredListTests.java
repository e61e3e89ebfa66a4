package org.salesteam.retention;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The at-risk list as of today, paged, sorted and filtered in SQL from today's stored
 * scores (ADR 0040), over the customers of a rep of its own (class B: visit standard 60
 * days, none visited, so each scored customer has NO_VISIT 10), t = today:
 *
 * <pre>
 * customer  orders (t − days)     T    D    state              reasons                           risk  D ÷ T
 * late      200, 190, 180, 170    10   170  DORMANT_SUGGESTED  OVERDUE, FEWER_ORDERS (1 vs 3),   60    17
 *                                                              NO_VISIT
 * due       70, 60, 50, 40        10   40   DORMANT_SUGGESTED  OVERDUE, NO_VISIT                 40    4
 * overdue   55, 45, 35, 25        10   25   OVERDUE (15 < 25 ≤ 30) OVERDUE, NO_VISIT             40    2.5
 * fresh     30, 20, 10            10   10   ACTIVE             NO_VISIT                          10    1
 * prospect  —                                PROSPECT          —                                 —
 * </pre>
 *
 * Sorted: late, due, overdue (same risk, less overdue), fresh, prospect (no risk last).
 * An order placed for {@code due} today (gaps 10, 10, 10, 40: median 10; D = 0) makes it
 * ACTIVE with risk 10 and D ÷ T = 0, and the next list shows it so, after fresh.
 */
@IntegrationTest
class RetentionStoredListTests {

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private RetentionTestCalls api;

	private String rep;

	private LocalDate today;

	private long late;

	private long due;

	private long overdue;

	private long fresh;

	private long prospect;

	private long customer(int... daysAgo) throws Exception {
		int n = NEXT.incrementAndGet();
		long id = this.api.customer("RS-" + System.nanoTime() % 1_000_000_000L + "-" + n, "列表测试" + this.rep + "-" + n,
				300_000, this.rep);
		for (int days : daysAgo) {
			this.api.order("admin", id, this.today.minusDays(days));
		}
		return id;
	}

	@BeforeEach
	void data() throws Exception {
		this.api = new RetentionTestCalls(this.mvc, this.jdbc);
		this.today = LocalDate.now(this.clock);
		this.rep = "rsrep" + NEXT.incrementAndGet() + "x" + System.nanoTime() % 100000;
		RetentionTestCalls.created(this.api.call("admin", post("/api/v1/users"), """
				{"username":"%s","password":"password1","displayName":"列表测试代表","roles":["REP"],"teamId":%d}
				""".formatted(this.rep,
				this.jdbc.sql("select team_id from app_user where username = 'rep13'").query(Long.class).single())));
		this.late = customer(200, 190, 180, 170);
		this.due = customer(70, 60, 50, 40);
		this.overdue = customer(55, 45, 35, 25);
		this.fresh = customer(30, 20, 10);
		this.prospect = customer();
	}

	private String list(String query) throws Exception {
		return this.api.call("director", get("/api/v1/retention/customers?scope=rep:" + this.rep + query), null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<Long> ids(String body) {
		return JsonPath.<List<Number>>read(body, "$.items[*].customerId").stream().map(Number::longValue).toList();
	}

	@Test
	void theListIsSortedFilteredAndPagedFromTodaysStoredScores() throws Exception {
		String all = list("&size=10");
		assertThat(ids(all)).containsExactly(this.late, this.due, this.overdue, this.fresh, this.prospect);
		assertThat(JsonPath.<Integer>read(all, "$.total")).isEqualTo(5);
		assertThat(JsonPath.<List<Integer>>read(all, "$.items[0:4].risk")).containsExactly(60, 40, 40, 10);
		assertThat(JsonPath.<List<String>>read(all, "$.items[*].state")).containsExactly("DORMANT_SUGGESTED",
				"DORMANT_SUGGESTED", "OVERDUE", "ACTIVE", "PROSPECT");
		assertThat(JsonPath.<List<String>>read(all, "$.items[0].reasons")).containsExactly("OVERDUE", "FEWER_ORDERS",
				"NO_VISIT");
		assertThat(JsonPath.<Map<String, Object>>read(all, "$.items[4]").get("risk")).isNull();

		String second = list("&size=2&page=1");
		assertThat(ids(second)).containsExactly(this.overdue, this.fresh);
		assertThat(JsonPath.<Integer>read(second, "$.total")).isEqualTo(5);
		String beyond = list("&size=2&page=3");
		assertThat(ids(beyond)).isEmpty();
		assertThat(JsonPath.<Integer>read(beyond, "$.total")).isEqualTo(5);

		String atRisk = list("&state=OVERDUE,DORMANT_SUGGESTED");
		assertThat(ids(atRisk)).containsExactly(this.late, this.due, this.overdue);
		assertThat(JsonPath.<Integer>read(atRisk, "$.total")).isEqualTo(3);
		// the list stored every customer's row of today, the prospect's without a score
		assertThat(this.jdbc
			.sql("select state || ' ' || coalesce(risk, -1) from retention_score_day where customer_id in (:c)"
					+ " and score_date = :d order by customer_id")
			.param("c", List.of(this.late, this.prospect))
			.param("d", Date.valueOf(this.today))
			.query(String.class)
			.list()).containsExactly("DORMANT_SUGGESTED 60", "PROSPECT -1");
	}

	@Test
	void anOrderPlacedTodayMovesTheCustomerAtTheNextList() throws Exception {
		list("&size=10");
		this.api.order("admin", this.due, this.today);
		String atRisk = list("&state=OVERDUE,DORMANT_SUGGESTED");
		assertThat(ids(atRisk)).containsExactly(this.late, this.overdue);
		assertThat(JsonPath.<Integer>read(atRisk, "$.total")).isEqualTo(2);
		String all = list("&size=10");
		// due (10, D ÷ T = 0) now after fresh (10, 1)
		assertThat(ids(all)).containsExactly(this.late, this.overdue, this.fresh, this.due, this.prospect);
		this.api.call("director", get("/api/v1/retention/customers/" + this.due), null)
			.andExpect(jsonPath("$.state").value("ACTIVE"))
			.andExpect(jsonPath("$.typicalIntervalDays").value(10))
			.andExpect(jsonPath("$.daysSinceLastOrder").value(0))
			.andExpect(jsonPath("$.risk").value(10));
	}

	@Test
	void aChangedCustomersRowIsMarkedStaleAndRefreshedForTheWholeCompanyByTheNextList() throws Exception {
		list("&size=10");
		this.api.order("admin", this.due, this.today);
		assertThat(row(this.due)).isEqualTo("true DORMANT_SUGGESTED 40");
		// a list the rep's customers are not in (another rep's scope) refreshes it all
		// the same
		this.api.call("director", get("/api/v1/retention/customers?scope=rep:rep1&size=1"), null)
			.andExpect(status().isOk());
		assertThat(row(this.due)).isEqualTo("false ACTIVE 10");
	}

	@Test
	void aCustomerCreatedAfterTheDayWasStoredIsListed() throws Exception {
		list("&size=10");
		long later = customer(220, 210, 200, 190);
		String all = list("&size=10");
		// T = 10, D = 190 > 3 T: DORMANT_SUGGESTED; OVERDUE 30 + FEWER_ORDERS 20 (0
		// orders in
		// the last 180 days vs 4 before) + NO_VISIT 10 = 60, as late, but more overdue
		// (19 > 17)
		assertThat(ids(all)).containsExactly(later, this.late, this.due, this.overdue, this.fresh, this.prospect);
		assertThat(JsonPath.<Integer>read(all, "$.total")).isEqualTo(6);
		assertThat(row(later)).isEqualTo("false DORMANT_SUGGESTED 60");
	}

	/** Today's stored row of the customer: stale flag, state and risk. */
	private String row(long customer) {
		return this.jdbc
			.sql("select case when stale then 'true' else 'false' end || ' ' || state || ' ' || coalesce(risk, -1)"
					+ " from retention_score_day where customer_id = :c and score_date = :d")
			.param("c", customer)
			.param("d", Date.valueOf(this.today))
			.query(String.class)
			.single();
	}

	@Test
	void withNothingStoredTodayTheFirstListStoresTheWholeCompany() throws Exception {
		this.jdbc.sql("delete from retention_score_day where score_date = :d")
			.param("d", Date.valueOf(this.today))
			.update();
		list("&size=1");
		assertThat(this.jdbc.sql("select count(*) from retention_score_day where score_date = :d")
			.param("d", Date.valueOf(this.today))
			.query(Long.class)
			.single()).isEqualTo(this.jdbc.sql("select count(*) from customer").query(Long.class).single());
	}

}
