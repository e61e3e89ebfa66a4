package org.salesteam.notify;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.notify.internal.DeliveryWorker;
import org.salesteam.notify.internal.MorningDigest;
import org.salesteam.notify.internal.RepsBehindNotice;
import org.salesteam.service.internal.ServiceBreaches;
import org.salesteam.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scheduled notices against a fixed business time, Monday 4 March 2030, 07:30 in
 * Shanghai (ADR 0036): the morning digest of a rep's visits today and follow-ups due
 * tomorrow, the Monday notice of the reps behind standard in 2030-W09 (25 Feb – 3 Mar),
 * each once per user and day / team and week however often the job runs; and a
 * transferred customer telling both reps. The reps of these tests are created here, so
 * every figure is known.
 */
@IntegrationTest
@Import(MondayClock.class)
@TestPropertySource(properties = { "salesteam.test.context=notify-scheduled",
		"salesteam.notify.allow-private-hosts=true", "salesteam.notify.base-url=https://sales.example.com" })
class ScheduledNoticesTests {

	static RobotServer robots;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MorningDigest digest;

	@Autowired
	RepsBehindNotice behind;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	ServiceBreaches breaches;

	@Autowired
	org.salesteam.notify.internal.Inbox inbox;

	@Autowired
	ObjectMapper json;

	private NoticeFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new NoticeFixtures(this.mvc, this.jdbc, this.json);
	}

	@BeforeAll
	static void start() throws Exception {
		robots = new RobotServer(0);
	}

	@AfterAll
	static void stop() {
		robots.close();
	}

	@Test
	void theMorningDigestListsTodaysVisitsAndTomorrowsFollowUpsOncePerDay() throws Exception {
		String rep = rep("早报");
		String token = token(rep);
		long today = customer("早报今日拜访印务", rep);
		long followed = customer("早报明日跟进纸品", rep);
		call(token, "POST", "/api/v1/visits", """
				{"customerId":%d,"plannedAt":"2030-03-04T10:00","objective":"送礼盒样品","type":"NEEDS"}
				""".formatted(today)).andExpect(status().isCreated());
		// a visit of last Friday whose report asks for the next visit tomorrow: a
		// follow-up
		call(token, "POST", "/api/v1/visits/record", """
				{"customerId":%d,"objective":"回访","type":"RELATIONSHIP","actualStart":"2030-03-01T10:00",
				 "actualEnd":"2030-03-01T11:00","result":"客户要看新报价","nextAction":"带新报价再去","nextVisitDate":"2030-03-05"}
				""".formatted(followed)).andExpect(status().isCreated());

		this.digest.send();
		this.digest.send();

		String expected = "今天（2030-03-04）有 1 个拜访：10:00 %s。明天到期的跟进 1 个：%s。".formatted(name(today), name(followed));
		call(token, "GET", "/api/v1/notifications", null).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].event").value("VISITS_TODAY"))
			.andExpect(jsonPath("$[0].text").value(expected))
			.andExpect(jsonPath("$[0].link").value("/"));
		// personal: no robot or webhook is ever queued for it
		assertThat(this.jdbc.sql("select count(*) from notify_delivery where event_type = 'VISITS_TODAY'")
			.query(Integer.class)
			.single()).isZero();
		NotifyApi
			.post(this.mvc, "admin", "/api/v1/notification-channels",
					"{\"kind\":\"WECOM_ROBOT\",\"url\":\"" + robots.url("/digest")
							+ "\",\"events\":[\"VISITS_TODAY\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("events"));
	}

	@Test
	void aRepWithNothingTodayOrTomorrowGetsNoDigest() throws Exception {
		String rep = rep("无事");
		long customer = customer("无事后天拜访印务", rep);
		call(token(rep), "POST", "/api/v1/visits", """
				{"customerId":%d,"plannedAt":"2030-03-06T10:00","objective":"后天再去","type":"NEEDS"}
				""".formatted(customer)).andExpect(status().isCreated());
		this.digest.send();
		call(token(rep), "GET", "/api/v1/notifications", null).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void onMondayTheTeamsManagerLearnsWhoWasBehindLastWeekOnceAndTheTeamsRobotInMarkdown() throws Exception {
		String rep = rep("落后");
		long repId = this.fixtures.userId(rep);
		long customer = customer("落后周二拜访印务", rep);
		// one visit in 2030-W09 against a standard of two a week: 50 % of the minimum,
		// RED
		call(token(rep), "POST", "/api/v1/visits/record", """
				{"customerId":%d,"objective":"拜访","type":"RELATIONSHIP","actualStart":"2030-02-26T10:00",
				 "actualEnd":"2030-02-26T11:00","result":"已沟通"}
				""".formatted(customer)).andExpect(status().isCreated());
		NotifyApi.put(this.mvc, "manager1", "/api/v1/visit-standards", """
				{"repId":%d,"period":"WEEK","minVisits":2,"minNewProspects":0,"minConversions":0,"minProposals":0}
				""".formatted(repId)).andExpect(status().isOk());
		long team = NotifyApi.teamOf(this.jdbc, "rep4");
		String channel = NotifyApi
			.post(this.mvc, "admin", "/api/v1/notification-channels",
					"{\"kind\":\"WECOM_ROBOT\",\"format\":\"MARKDOWN\",\"url\":\"" + robots.url("/behind")
							+ "\",\"teamId\":" + team + ",\"events\":[\"REPS_BEHIND_STANDARD\"]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("MARKDOWN"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		this.behind.send();
		this.behind.send();

		List<String> texts = inboxTexts("manager1", "REPS_BEHIND_STANDARD");
		assertThat(texts).hasSize(1);
		assertThat(texts.get(0)).startsWith(this.fixtures.teamName(team) + "：上周（2030-W09）有 ")
			.contains("名销售未达到活动标准：")
			.contains(NotifyApi.displayName(this.jdbc, rep));
		// another team's manager hears nothing of this team
		assertThat(inboxTexts("manager2", "REPS_BEHIND_STANDARD"))
			.noneMatch((t) -> t.contains(NotifyApi.displayName(this.jdbc, rep)));

		this.worker.deliverDue("node-a");
		this.worker.deliverDue("node-b");
		assertThat(robots.to("/behind")).hasSize(1);
		JsonNode body = this.json.readTree(robots.to("/behind").get(0).body());
		assertThat(body.get("msgtype").asString()).isEqualTo("markdown");
		String content = body.get("markdown").get("content").asString();
		assertThat(content).startsWith("**上周未达活动标准的销售**\n" + this.fixtures.teamName(team) + "：上周（2030-W09）")
			.contains(NotifyApi.displayName(this.jdbc, rep))
			.endsWith("\n[查看](https://sales.example.com/visit-standards/compliance?lastWeek=2030-W09)");
		NotifyApi
			.delete(this.mvc, "admin",
					"/api/v1/notification-channels/" + this.json.readTree(channel).get("id").asLong())
			.andExpect(status().isNoContent());
	}

	@Test
	void aTransferredCustomerTellsItsNewOwnerOnly() throws Exception {
		String from = rep("转出");
		String to = rep("转入");
		long customer = customer("转移测试包装", from);
		NotifyApi.post(this.mvc, "manager1", "/api/v1/customers/transfer", """
				{"customerIds":[%d],"toRepUsername":"%s"}
				""".formatted(customer, to)).andExpect(status().isOk());
		String expected = "客户 %s 已从 %s 转给 %s。".formatted(name(customer), NotifyApi.displayName(this.jdbc, from),
				NotifyApi.displayName(this.jdbc, to));
		call(token(to), "GET", "/api/v1/notifications", null).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].event").value("CUSTOMER_TRANSFERRED"))
			.andExpect(jsonPath("$[0].text").value(expected))
			.andExpect(jsonPath("$[0].link").value("/customers/" + customer));
		// the previous owner may no longer see the customer: no message names it to them
		call(token(from), "GET", "/api/v1/notifications", null).andExpect(jsonPath("$.length()").value(0));
		assertThat(this.jdbc.sql(
				"select count(*) from notify_delivery where event_type = 'CUSTOMER_TRANSFERRED' and channel <> 'EMAIL'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aServiceRequestPastItsDeadlineIsReportedOnceToTheOwnerAndTheManager() throws Exception {
		String rep = rep("超时");
		long customer = customer("超时投诉印务", rep);
		String opened = call(token(rep), "POST", "/api/v1/service-requests", """
				{"customerId":%d,"type":"COMPLAINT","severity":"NORMAL","subject":"礼盒颜色偏差"}
				""".formatted(customer)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long request = this.json.readTree(opened).get("id").asLong();
		// opened just now: on track, nothing to report
		this.breaches.reportNew();
		assertThat(inboxTexts(rep, "SERVICE_REQUEST_BREACHED")).isEmpty();
		// opened a month ago: every deadline of working time has passed
		java.time.OffsetDateTime past = java.time.OffsetDateTime.parse("2030-02-01T09:00:00+08:00");
		this.jdbc.sql("""
				update service_request set opened_at = :past, response_due_at = :past, resolution_due_at = :past
				where id = :id""").param("past", past).param("id", request).update();

		this.breaches.reportNew();
		this.breaches.reportNew();

		String expected = "服务请求 #%d（%s 的客户）已超过处理时限，请尽快处理。".formatted(request, NotifyApi.displayName(this.jdbc, rep));
		assertThat(inboxTexts(rep, "SERVICE_REQUEST_BREACHED")).containsExactly(expected);
		assertThat(inboxTexts("manager1", "SERVICE_REQUEST_BREACHED")).containsOnlyOnce(expected);
		assertThat(inboxTexts("manager2", "SERVICE_REQUEST_BREACHED")).doesNotContain(expected);
	}

	@Test
	void theInboxKeepsNinetyDaysAndFinishedDeliveriesAsLong() throws Exception {
		String rep = rep("保留");
		long id = this.fixtures.userId(rep);
		// the clock: 2030-03-03T23:30Z; 90 days before is 2029-12-03T23:30Z
		for (String at : new String[] { "2029-12-03T23:00:00Z", "2029-12-04T00:00:00Z" }) {
			this.jdbc.sql("""
					insert into notification (id, event_key, event_type, recipient_id, message_key, message_args, link,
					    created_at)
					values (nextval('app_seq'), :key, 'RETENTION_TEST', :user, 'notify.text.test', null, '/', :at)""")
				.param("key", "RETENTION:" + id + ":" + at)
				.param("user", id)
				.param("at", java.time.OffsetDateTime.parse(at))
				.update();
		}
		for (String status : new String[] { "SENT", "PENDING" }) {
			this.jdbc.sql("""
					insert into notify_delivery (id, event_key, event_type, channel, target, message_key, link, status,
					    attempts, next_attempt_at, created_at)
					values (nextval('app_seq'), :key, 'RETENTION_TEST', 'EMAIL', :target, 'notify.text.test', '/',
					    :status, 0, :at, :at)""")
				.param("key", "RETENTION:" + id + ":" + status)
				.param("target", "user:" + id)
				.param("status", status)
				.param("at", java.time.OffsetDateTime.parse("2029-11-01T00:00:00Z"))
				.update();
		}

		this.inbox.cleanUp();

		assertThat(this.jdbc.sql("select created_at from notification where recipient_id = :user")
			.param("user", id)
			.query(java.time.OffsetDateTime.class)
			.list()).extracting(java.time.OffsetDateTime::toInstant)
			.containsExactly(java.time.Instant.parse("2029-12-04T00:00:00Z"));
		// a delivery still waiting is never dropped, however old
		assertThat(this.jdbc.sql("select status from notify_delivery where event_key like :key")
			.param("key", "RETENTION:" + id + ":%")
			.query(String.class)
			.list()).containsExactly("PENDING");
		this.jdbc.sql("delete from notify_delivery where event_key like :key")
			.param("key", "RETENTION:" + id + ":%")
			.update();
	}

	private String rep(String label) throws Exception {
		return this.fixtures.rep(label);
	}

	private String token(String username) throws Exception {
		return this.fixtures.token(username);
	}

	private ResultActions call(String bearer, String method, String path, String body) throws Exception {
		return this.fixtures.call(bearer, method, path, body);
	}

	private long customer(String name, String owner) throws Exception {
		return this.fixtures.customer(name, owner);
	}

	private List<String> inboxTexts(String username, String event) throws Exception {
		return this.fixtures.inboxTexts(username, event);
	}

	private String name(long customer) {
		return this.fixtures.name(customer);
	}

}
