package org.salesteam.notify;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salesteam.notify.internal.DeliveryWorker;
import org.salesteam.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Robots and webhooks against a local HTTP server (private hosts allowed in this context
 * only): the documented formats, 钉钉's signature recomputed here by hand, a retry after a
 * 500, exactly one message per channel and event, also when two workers (two nodes) claim
 * at once, and the worker's own schedule delivering a submitted week within 30 s. E-mail
 * against a local SMTP server ({@link SmtpServer}): plain text and HTML, the reader's
 * language, one digest for notices within the window, the user's choice and the team's
 * requirement.
 */
@IntegrationTest
@TestPropertySource(properties = { "salesteam.test.context=notify-robots", "salesteam.notify.allow-private-hosts=true",
		"salesteam.notify.delivery-cron=*/1 * * * * *", "salesteam.notify.backoff=PT0.2S",
		"salesteam.notify.max-attempts=3", "salesteam.notify.base-url=https://sales.example.com",
		"salesteam.notify.mail-digest-window=PT3S", "spring.mail.host=127.0.0.1" })
class NotifyRobotTests {

	static RobotServer robots;

	static final SmtpServer smtp = smtp();

	@DynamicPropertySource
	static void mailPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", smtp::port);
	}

	private static SmtpServer smtp() {
		try {
			return new SmtpServer();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	ObjectMapper json;

	@BeforeAll
	static void start() throws Exception {
		// the first two requests to a "flaky" path fail with 500
		robots = new RobotServer(2);
	}

	@AfterAll
	static void stop() throws Exception {
		robots.close();
		smtp.close();
	}

	@Test
	void notesWithinTheWindowReachTheManagerAsOneMailInPlainTextAndHtml() throws Exception {
		this.jdbc
			.sql("update app_user set email = 'manager1@example.com', locale = 'zh-CN' where username = 'manager1'")
			.update();
		NotifyApi.submitWeek(this.mvc, "rep4", "2033-W01").andExpect(status().isOk());
		NotifyApi.submitWeek(this.mvc, "rep4", "2033-W02").andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsAbout("2033-W01")).hasSize(1));
		SmtpServer.Mail mail = mailsAbout("2033-W01").get(0);
		assertThat(mail.to()).isEqualTo("manager1@example.com");
		assertThat(mail.subject()).isEqualTo("SalesTeam：您有 2 条新通知");
		assertThat(mail.plain()).contains("2033-W01")
			.contains("2033-W02")
			.contains(NotifyApi.displayName(this.jdbc, "rep4"));
		assertThat(mail.html()).contains("<a href=\"https://sales.example.com/visit-plans/rep4/2033-W02\">");
		assertThat(mailsAbout("2033-W02")).hasSize(1);
	}

	@Test
	void aRepReadsInTheirLanguageAndChoosesWhatComesByMailUnlessTheTeamRequiresIt() throws Exception {
		this.jdbc.sql("update app_user set email = 'rep5@example.com', locale = 'en' where username = 'rep5'").update();
		NotifyApi.submitWeek(this.mvc, "rep5", "2033-W05").andExpect(status().isOk());
		NotifyApi
			.post(this.mvc, "manager1", "/api/v1/visit-plans/rep5/2033-W05/review",
					"{\"decision\":\"RETURNED\",\"comment\":\"More A accounts\"}")
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo("rep5@example.com")).hasSize(1));
		SmtpServer.Mail returned = mailsTo("rep5@example.com").get(0);
		assertThat(returned.subject()).contains("was returned by").contains("More A accounts");
		assertThat(returned.plain()).startsWith("Hello ");

		// rep5 wants approvals in the inbox only: no mail is even queued
		NotifyApi.put(this.mvc, "rep5", "/api/v1/notification-preferences", "{\"VISIT_PLAN_APPROVED\":false}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.event == 'VISIT_PLAN_APPROVED')].email").value(false));
		NotifyApi.submitWeek(this.mvc, "rep5", "2033-W06").andExpect(status().isOk());
		NotifyApi.post(this.mvc, "manager1", "/api/v1/visit-plans/rep5/2033-W06/review", "{\"decision\":\"APPROVED\"}")
			.andExpect(status().isOk());
		assertThat(mailRows("rep5", "VISIT_PLAN_APPROVED")).isZero();

		// the manager requires approvals by mail for the team: now it is queued despite
		// the choice
		long team = NotifyApi.teamOf(this.jdbc, "rep5");
		NotifyApi.put(this.mvc, "manager2", "/api/v1/notification-requirements/" + team, "{\"events\":[]}")
			.andExpect(status().isForbidden());
		NotifyApi
			.put(this.mvc, "manager1", "/api/v1/notification-requirements/" + team,
					"{\"events\":[\"VISIT_PLAN_APPROVED\"]}")
			.andExpect(status().isOk());
		NotifyApi.get(this.mvc, "rep5", "/api/v1/notification-preferences")
			.andExpect(jsonPath("$[?(@.event == 'VISIT_PLAN_APPROVED')].emailRequired").value(true));
		NotifyApi.submitWeek(this.mvc, "rep5", "2033-W07").andExpect(status().isOk());
		NotifyApi.post(this.mvc, "manager1", "/api/v1/visit-plans/rep5/2033-W07/review", "{\"decision\":\"APPROVED\"}")
			.andExpect(status().isOk());
		assertThat(mailRows("rep5", "VISIT_PLAN_APPROVED")).isEqualTo(1);
		NotifyApi.put(this.mvc, "manager1", "/api/v1/notification-requirements/" + team, "{\"events\":[]}")
			.andExpect(status().isOk());
	}

	private List<SmtpServer.Mail> mailsAbout(String text) {
		return smtp.mails().stream().filter((m) -> m.plain().contains(text)).toList();
	}

	private List<SmtpServer.Mail> mailsTo(String address) {
		return smtp.mails().stream().filter((m) -> m.to().equals(address)).toList();
	}

	private int mailRows(String username, String type) {
		return this.jdbc
			.sql("""
					select count(*) from notify_delivery d join app_user u on d.target = concat('user:', cast(u.id as varchar(20)))
					where u.username = :u and d.event_type = :type and d.channel = 'EMAIL'
					""")
			.param("u", username)
			.param("type", type)
			.query(Integer.class)
			.single();
	}

	@Test
	void aSubmittedWeekReachesEachChannelOfTheTeamOnceInTheRobotsFormats() throws Exception {
		long team = NotifyApi.teamOf(this.jdbc, "rep4");
		long otherTeam = this.jdbc.sql("select id from sales_team where id <> :t order by id limit 1")
			.param("t", team)
			.query(Long.class)
			.single();
		long wecom = channel("WECOM_ROBOT", "/wecom", null, team, "\"mentionMobiles\":[\"13800000000\"]");
		long ding = channel("DINGTALK_ROBOT", "/ding", "SEC-test-secret", null, null);
		long hook = channel("WEBHOOK", "/hook", null, team, null);
		long other = channel("WECOM_ROBOT", "/other-team", null, otherTeam, null);
		String rep = NotifyApi.displayName(this.jdbc, "rep4");

		NotifyApi.submitWeek(this.mvc, "rep4", "2031-W11").andExpect(status().isOk());

		// the worker's own schedule (every second here, every 5 s by default) delivers
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					List.of(robots.to("/wecom").size(), robots.to("/ding").size(), robots.to("/hook").size()))
				.containsExactly(1, 1, 1));
		JsonNode wecomBody = this.json.readTree(robots.to("/wecom").get(0).body());
		assertThat(wecomBody.get("msgtype").asString()).isEqualTo("text");
		assertThat(wecomBody.get("text").get("content").asString()).contains(rep)
			.contains("2031-W11")
			.contains("https://sales.example.com/visit-plans/rep4/2031-W11");
		assertThat(wecomBody.get("text").get("mentioned_mobile_list").get(0).asString()).isEqualTo("13800000000");

		RobotServer.Request dingRequest = robots.to("/ding").get(0);
		JsonNode dingBody = this.json.readTree(dingRequest.body());
		assertThat(dingBody.get("msgtype").asString()).isEqualTo("text");
		assertThat(dingBody.get("text").get("content").asString()).contains(rep);
		assertThat(dingBody.get("at").get("atMobiles").isArray()).isTrue();
		Map<String, String> query = query(dingRequest.query());
		long timestamp = Long.parseLong(query.get("timestamp"));
		assertThat(query.get("sign")).isEqualTo(dingTalkSign("SEC-test-secret", timestamp));
		assertThat(Math.abs(System.currentTimeMillis() - timestamp)).isLessThan(60_000);

		JsonNode hookBody = this.json.readTree(robots.to("/hook").get(0).body());
		assertThat(hookBody.get("event").asString()).isEqualTo("VISIT_PLAN_SUBMITTED");
		assertThat(hookBody.get("link").asString()).isEqualTo("https://sales.example.com/visit-plans/rep4/2031-W11");

		// more runs send nothing more; another team's robot heard nothing
		this.worker.deliverDue("node-a");
		this.worker.deliverDue("node-b");
		assertThat(robots.to("/wecom")).hasSize(1);
		assertThat(robots.to("/other-team")).isEmpty();
		remove(wecom, ding, hook, other);
	}

	@Test
	void markdownRobotsGetATitleTheTextWithoutMarkupFromTheCommentAndALink() throws Exception {
		long ding = channel("DINGTALK_ROBOT", "/ding-md", null, null,
				"\"format\":\"MARKDOWN\",\"mentionMobiles\":[\"13900000000\"]", "VISIT_PLAN_RETURNED");
		long wecom = channel("WECOM_ROBOT", "/wecom-md", null, null, "\"format\":\"MARKDOWN\"", "VISIT_PLAN_RETURNED");
		NotifyApi.submitWeek(this.mvc, "rep4", "2031-W21").andExpect(status().isOk());
		NotifyApi
			.post(this.mvc, "manager1", "/api/v1/visit-plans/rep4/2031-W21/review",
					"{\"decision\":\"RETURNED\",\"comment\":\"**急** [点这里](https://evil.example) <b>\"}")
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(robots.to("/ding-md").size() + robots.to("/wecom-md").size()).isEqualTo(2));
		String link = "[查看](https://sales.example.com/visit-plans/rep4/2031-W21)";
		String comment = "＊＊急＊＊ ［点这里］(https://evil.example) ＜b＞";

		JsonNode dingBody = this.json.readTree(robots.to("/ding-md").get(0).body());
		assertThat(dingBody.get("msgtype").asString()).isEqualTo("markdown");
		assertThat(dingBody.get("markdown").get("title").asString()).isEqualTo("周拜访计划被退回");
		String text = dingBody.get("markdown").get("text").asString();
		assertThat(text)
			.startsWith("#### 周拜访计划被退回\n\n" + NotifyApi.displayName(this.jdbc, "rep4") + "：2031-W21 周的拜访计划被 ")
			.contains("退回，意见：" + comment + "\n\n" + link)
			.endsWith("@13900000000");
		assertThat(dingBody.get("at").get("atMobiles").get(0).asString()).isEqualTo("13900000000");

		JsonNode wecomBody = this.json.readTree(robots.to("/wecom-md").get(0).body());
		assertThat(wecomBody.get("msgtype").asString()).isEqualTo("markdown");
		assertThat(wecomBody.get("markdown").get("content").asString()).startsWith("**周拜访计划被退回**\n")
			.endsWith("退回，意见：" + comment + "\n" + link);
		remove(ding, wecom);
	}

	@Test
	void markdownIsRefusedWhereTheReceiverCannotShowIt() throws Exception {
		// 企业微信's markdown cannot @-mention by mobile; a generic webhook gets its JSON
		NotifyApi
			.post(this.mvc, "admin", "/api/v1/notification-channels",
					"{\"kind\":\"WECOM_ROBOT\",\"url\":\"" + robots.url("/x")
							+ "\",\"format\":\"MARKDOWN\",\"mentionMobiles\":[\"13800000000\"],"
							+ "\"events\":[\"VISIT_PLAN_SUBMITTED\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("mentionMobiles"));
		NotifyApi
			.post(this.mvc, "admin", "/api/v1/notification-channels",
					"{\"kind\":\"WEBHOOK\",\"url\":\"" + robots.url("/x")
							+ "\",\"format\":\"MARKDOWN\",\"events\":[\"VISIT_PLAN_SUBMITTED\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
	}

	@Test
	void aRobotAnswering500IsTriedAgainWithBackoffUntilItAccepts() throws Exception {
		long flaky = channel("WECOM_ROBOT", "/flaky", null, null, null);
		NotifyApi.submitWeek(this.mvc, "rep4", "2031-W13").andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deliveryStatus(flaky)).isEqualTo("SENT"));
		// two answers of 500, then accepted: three requests, one row with three attempts
		assertThat(robots.to("/flaky")).hasSize(3);
		assertThat(this.jdbc.sql("select attempts from notify_delivery where channel_id = :c")
			.param("c", flaky)
			.query(Integer.class)
			.single()).isEqualTo(3);
		remove(flaky);
	}

	@Test
	void aRobotThatKeepsFailingIsGivenUpAndShownToAdmins() throws Exception {
		// nothing listens on port 9 of this host: every attempt fails
		NotifyApi
			.post(this.mvc, "admin", "/api/v1/notification-channels",
					"{\"kind\":\"WEBHOOK\",\"url\":\"http://127.0.0.1:9/dead\",\"events\":[\"VISIT_PLAN_SUBMITTED\"]}")
			.andExpect(status().isCreated());
		long channel = this.jdbc.sql("select id from notify_channel where url = 'http://127.0.0.1:9/dead'")
			.query(Long.class)
			.single();
		NotifyApi.submitWeek(this.mvc, "rep4", "2031-W15").andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(deliveryStatus(channel)).isEqualTo("FAILED"));
		assertThat(this.jdbc.sql("select attempts from notify_delivery where channel_id = :c")
			.param("c", channel)
			.query(Integer.class)
			.single()).isEqualTo(3);
		NotifyApi.get(this.mvc, "admin", "/api/v1/notification-channels/deliveries")
			.andExpect(jsonPath("$[0].status").value("FAILED"));
		remove(channel);
	}

	@Test
	void twoWorkersClaimingAtOnceSendEachMessageOnce() throws Exception {
		long a = channel("WEBHOOK", "/race-a", null, null, null);
		long b = channel("DINGTALK_ROBOT", "/race-b", null, null, null);
		for (String week : List.of("2032-W02", "2032-W03", "2032-W04", "2032-W05", "2032-W06")) {
			NotifyApi.submitWeek(this.mvc, "rep4", week).andExpect(status().isOk());
		}
		// two nodes racing (the schedule of this context runs as well, a third one)
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (String node : List.of("node-1", "node-2")) {
			Callable<Integer> run = () -> {
				start.await();
				return this.worker.deliverDue(node);
			};
			runs.add(nodes.submit(run));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get();
		}
		nodes.shutdown();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(robots.to("/race-a").size() + robots.to("/race-b").size()).isEqualTo(10));
		this.worker.deliverDue("node-1");
		Thread.sleep(1500);
		assertThat(robots.to("/race-a")).hasSize(5);
		assertThat(robots.to("/race-b")).hasSize(5);
		assertThat(robots.to("/race-a").stream().map(RobotServer.Request::body).distinct()).hasSize(5);
		remove(a, b);
	}

	@Test
	void aDeliveryClaimedByANodeThatDiedIsTakenOverAfterTheLease() throws Exception {
		long orphan = channel("WEBHOOK", "/orphan", null, null, null);
		// committed and claimed ten minutes ago by a node that died before sending (lease
		// 2 min)
		this.jdbc
			.sql("""
					insert into notify_delivery (id, event_key, event_type, channel, target, channel_id, message_key,
					    message_args, link, status, attempts, next_attempt_at, claimed_by, claimed_at, created_at)
					values (nextval('app_seq'), 'VISIT_PLAN_SUBMITTED:orphan', 'VISIT_PLAN_SUBMITTED', 'WEBHOOK', :target, :c,
					    'notify.text.test', null, '/notifications', 'PENDING', 0, :past, 'dead-node', :past, :past)
					""")
			.param("target", "channel:" + orphan)
			.param("c", orphan)
			.param("past", java.time.OffsetDateTime.now().minusMinutes(10))
			.update();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(deliveryStatus(orphan)).isEqualTo("SENT"));
		assertThat(robots.to("/orphan")).hasSize(1);
		assertThat(this.jdbc.sql("select claimed_by from notify_delivery where channel_id = :c")
			.param("c", orphan)
			.query(String.class)
			.optional()).isEmpty();
		remove(orphan);
	}

	@Test
	void theTestButtonSendsOneMessage() throws Exception {
		long test = channel("WECOM_ROBOT", "/test-button", null, null, null);
		NotifyApi.post(this.mvc, "admin", "/api/v1/notification-channels/" + test + "/test", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sent").value(true));
		assertThat(robots.to("/test-button")).hasSize(1);
		assertThat(this.json.readTree(robots.to("/test-button").get(0).body()).get("msgtype").asString())
			.isEqualTo("text");
		remove(test);
	}

	/**
	 * 钉钉: Base64(HMAC-SHA256(secret, timestamp + "\n" + secret)), computed independently.
	 */
	private static String dingTalkSign(String secret, long timestamp) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder()
			.encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> values = new java.util.HashMap<>();
		for (String pair : raw.split("&")) {
			String[] kv = pair.split("=", 2);
			values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		return values;
	}

	private long channel(String kind, String path, String secret, Long team, String extra) throws Exception {
		return channel(kind, path, secret, team, extra, "VISIT_PLAN_SUBMITTED");
	}

	private long channel(String kind, String path, String secret, Long team, String extra, String event)
			throws Exception {
		String body = "{\"kind\":\"" + kind + "\",\"url\":\"" + robots.url(path) + "\""
				+ ((secret != null) ? ",\"secret\":\"" + secret + "\"" : "")
				+ ((team != null) ? ",\"teamId\":" + team : "") + ((extra != null) ? "," + extra : "")
				+ ",\"events\":[\"" + event + "\"]}";
		String answer = NotifyApi.post(this.mvc, "admin", "/api/v1/notification-channels", body)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(answer).get("id").asLong();
	}

	private void remove(long... channels) throws Exception {
		for (long id : channels) {
			NotifyApi.delete(this.mvc, "admin", "/api/v1/notification-channels/" + id)
				.andExpect(status().isNoContent());
		}
	}

	private String deliveryStatus(long channel) {
		return this.jdbc.sql("select status from notify_delivery where channel_id = :c")
			.param("c", channel)
			.query(String.class)
			.single();
	}

}
