package org.salesteam.notify;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.notify.internal.DeliveryWorker;
import org.salesteam.retention.internal.DailyRiskScores;
import org.salesteam.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ADR 0042 on the fixed Monday 4 March 2030 of {@link MondayClock}: a customer whose
 * stored at-risk score enters the HIGH band (50 and more) tells its owner and the owner's
 * manager once per transition, and the team's robot without the customer's name; a bulk
 * transfer tells each new owner once, with the count.
 * <p>
 * The risky customer ordered every 30 days from 1 June to 30 August 2029 and never again:
 * on 4 March 2030 it is 186 days since the last order, more than 1.5 × its 30-day
 * interval (OVERDUE, 30 points), and no order in the last 180 days against four in the
 * 180 before (FEWER_ORDERS, 20 points): at least 50, HIGH. The previous night's score is
 * stored below HIGH by the test (20, as if the customer had still been ACTIVE then).
 */
@IntegrationTest
@Import(MondayClock.class)
@TestPropertySource(properties = { "salesteam.test.context=notify-scheduled",
		"salesteam.notify.allow-private-hosts=true", "salesteam.notify.base-url=https://sales.example.com" })
class RiskAndBulkNoticesTests {

	static final LocalDate MONDAY = MondayClock.MONDAY;

	static RobotServer robots;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DailyRiskScores scores;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	ObjectMapper json;

	private NoticeFixtures fixtures;

	@BeforeAll
	static void start() throws Exception {
		robots = new RobotServer(0);
	}

	@AfterAll
	static void stop() {
		robots.close();
	}

	@BeforeEach
	void fixtures() {
		this.fixtures = new NoticeFixtures(this.mvc, this.jdbc, this.json);
	}

	@Test
	void aCustomerTurningHighRiskTellsItsOwnerAndManagerOncePerTransitionAndTheRobotWithoutItsName() throws Exception {
		String rep = this.fixtures.rep("风险");
		long customer = risky(rep, "风险升高印务");
		int risk = risk(rep, customer, MONDAY);
		assertThat(risk).isGreaterThanOrEqualTo(50);
		stored(customer, MONDAY.minusDays(7), 20);
		long team = NotifyApi.teamOf(this.jdbc, "rep4");
		long channel = channel(team);

		this.scores.store(MONDAY);
		this.scores.store(MONDAY);

		String owner = NotifyApi.displayName(this.jdbc, rep);
		String expected = "客户 %s（负责人 %s）的流失风险升为高：%d 分，此前 20 分。请尽快联系客户。".formatted(this.fixtures.name(customer), owner,
				risk);
		assertThat(this.fixtures.inboxTexts(rep, "CUSTOMER_HIGH_RISK")).containsExactly(expected);
		assertThat(this.fixtures.inboxTexts("manager1", "CUSTOMER_HIGH_RISK")).containsOnlyOnce(expected);
		assertThat(this.fixtures.inboxTexts("manager2", "CUSTOMER_HIGH_RISK")).doesNotContain(expected);
		this.fixtures.call(this.fixtures.token(rep), "GET", "/api/v1/notifications", null)
			.andExpect(jsonPath("$[0].link").value("/customers/" + customer));

		// the team's robot: the owner and the scores, not the customer
		this.worker.deliverDue("node-a");
		this.worker.deliverDue("node-b");
		// (the demo's customers that turned HIGH this Monday reach the new robot too)
		List<RobotServer.Request> ours = robots.to("/risk")
			.stream()
			.filter((r) -> r.body().contains("/customers/" + customer + "\""))
			.toList();
		assertThat(ours).hasSize(1);
		JsonNode body = this.json.readTree(ours.get(0).body());
		assertThat(body.get("text").get("content").asString())
			.isEqualTo("%s 的一位客户流失风险升为高：%d 分，此前 20 分。\nhttps://sales.example.com/customers/%d".formatted(owner, risk,
					customer));

		// Tuesday: still HIGH, no transition
		this.scores.store(MONDAY.plusDays(1));
		assertThat(this.fixtures.inboxTexts(rep, "CUSTOMER_HIGH_RISK")).hasSize(1);
		// Wednesday stored below HIGH (40), Thursday HIGH again: a second transition
		stored(customer, MONDAY.plusDays(2), 40);
		this.scores.store(MONDAY.plusDays(3));
		int thursday = risk(rep, customer, MONDAY.plusDays(3));
		assertThat(this.fixtures.inboxTexts(rep, "CUSTOMER_HIGH_RISK")).hasSize(2)
			.contains("客户 %s（负责人 %s）的流失风险升为高：%d 分，此前 40 分。请尽快联系客户。".formatted(this.fixtures.name(customer), owner,
					thursday));
		NotifyApi.delete(this.mvc, "admin", "/api/v1/notification-channels/" + channel)
			.andExpect(status().isNoContent());
	}

	@Test
	void aCustomerScoredForTheFirstTimeIsNoTransition() throws Exception {
		String rep = this.fixtures.rep("首评");
		long customer = risky(rep, "首次评分印务");
		assertThat(risk(rep, customer, MONDAY)).isGreaterThanOrEqualTo(50);
		this.scores.store(MONDAY);
		assertThat(this.fixtures.inboxTexts(rep, "CUSTOMER_HIGH_RISK")).isEmpty();
	}

	@Test
	void aBulkTransferTellsTheNewOwnerOnceWithTheCount() throws Exception {
		String first = this.fixtures.rep("批转甲");
		String second = this.fixtures.rep("批转乙");
		String to = this.fixtures.rep("批转入");
		long a = this.fixtures.customer("批量转移一", first);
		long b = this.fixtures.customer("批量转移二", first);
		long c = this.fixtures.customer("批量转移三", second);
		NotifyApi.post(this.mvc, "manager1", "/api/v1/customers/bulk/reassign", """
				{"ids":[%d,%d,%d],"ownerUsername":"%s"}
				""".formatted(a, b, c, to)).andExpect(status().isOk());

		String expected = "3 位客户已从 %s、%s 转给 %s，请在客户列表中查看。".formatted(NotifyApi.displayName(this.jdbc, first),
				NotifyApi.displayName(this.jdbc, second), NotifyApi.displayName(this.jdbc, to));
		this.fixtures.call(this.fixtures.token(to), "GET", "/api/v1/notifications", null)
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].event").value("CUSTOMER_TRANSFERRED"))
			.andExpect(jsonPath("$[0].text").value(expected))
			.andExpect(jsonPath("$[0].link").value("/customers?owner=" + this.fixtures.userId(to)));
		// the previous owners may no longer see them: nothing names them to them
		assertThat(this.fixtures.inboxTexts(first, "CUSTOMER_TRANSFERRED")).isEmpty();
		assertThat(this.fixtures.inboxTexts(second, "CUSTOMER_TRANSFERRED")).isEmpty();
	}

	/** A customer who ordered every 30 days from June to August 2029, then stopped. */
	private long risky(String rep, String name) throws Exception {
		long customer = this.fixtures.customer(name, rep);
		long product = this.jdbc.sql("select id from product where code = 'SW-002'").query(Long.class).single();
		for (String date : new String[] { "2029-06-01", "2029-07-01", "2029-07-31", "2029-08-30" }) {
			this.fixtures.call(this.fixtures.token(rep), "POST", "/api/v1/orders", """
					{"customerId":%d,"orderDate":"%s","lines":[{"productId":%d,"quantity":1,"unitPrice":1000,
					 "netAmount":1000,"cost":600}]}
					""".formatted(customer, date, product)).andExpect(status().isCreated());
		}
		return customer;
	}

	/** The live at-risk score of the customer as of the day, read as its owner. */
	private int risk(String rep, long customer, LocalDate asOf) throws Exception {
		String body = this.fixtures
			.call(this.fixtures.token(rep), "GET", "/api/v1/retention/customers/" + customer + "?asOf=" + asOf, null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("risk").asInt();
	}

	/** A score stored for the day, as the nightly job would have left it. */
	private void stored(long customer, LocalDate day, int risk) {
		this.jdbc.sql("""
				insert into retention_score_day (customer_id, score_date, state, risk, health, reasons)
				values (:c, :d, 'ACTIVE', :r, :h, '')""")
			.param("c", customer)
			.param("d", day)
			.param("r", risk)
			.param("h", 100 - risk)
			.update();
	}

	/** manager1's team's 企业微信 robot, in text, subscribed to HIGH risk; its id. */
	private long channel(long team) throws Exception {
		String created = NotifyApi
			.post(this.mvc, "admin", "/api/v1/notification-channels",
					"{\"kind\":\"WECOM_ROBOT\",\"url\":\"" + robots.url("/risk") + "\",\"teamId\":" + team
							+ ",\"events\":[\"CUSTOMER_HIGH_RISK\"]}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(created).get("id").asLong();
	}

}
