package org.salesteam.notify;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox contract ({@code GET /api/v1/notifications}, {@code POST …/{id}/read}) and
 * the channel API's refusals: admins only, https to public hosts only (SSRF), secrets
 * never returned.
 */
@IntegrationTest
class NotificationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSubmittedWeekLandsInTheReviewingManagersInboxOnly() throws Exception {
		// rep4 is on 华东一部, managed by manager1 (VisitPlanTests)
		String rep = this.jdbc.sql("select display_name from app_user where username = 'rep4'")
			.query(String.class)
			.single();
		NotifyApi.submitWeek(this.mvc, "rep4", "2031-W07").andExpect(status().isOk());

		String path = "$[?(@.link == '/visit-plans/rep4/2031-W07')]";
		NotifyApi.get(this.mvc, "manager1", "/api/v1/notifications")
			.andExpect(status().isOk())
			.andExpect(jsonPath(path + ".event").value("VISIT_PLAN_SUBMITTED"))
			.andExpect(jsonPath(path + ".text").value(hasItem(containsString(rep))))
			.andExpect(jsonPath(path + ".text").value(hasItem(containsString("2031-W07"))))
			.andExpect(jsonPath(path + ".read").value(false))
			.andExpect(jsonPath(path + ".createdAt").exists())
			.andExpect(jsonPath(path + ".id").exists());
		NotifyApi.get(this.mvc, "manager2", "/api/v1/notifications").andExpect(jsonPath(path).isEmpty());
		NotifyApi.get(this.mvc, "rep4", "/api/v1/notifications").andExpect(jsonPath(path).isEmpty());

		long id = this.jdbc.sql("""
				select n.id from notification n join app_user u on u.id = n.recipient_id
				where u.username = 'manager1' and n.link = '/visit-plans/rep4/2031-W07'
				""").query(Long.class).single();
		NotifyApi.post(this.mvc, "manager2", "/api/v1/notifications/" + id + "/read", "")
			.andExpect(status().isNotFound());
		NotifyApi.post(this.mvc, "rep4", "/api/v1/notifications/" + id + "/read", "").andExpect(status().isNotFound());
		NotifyApi.post(this.mvc, "manager1", "/api/v1/notifications/" + id + "/read", "").andExpect(status().isOk());
		NotifyApi.get(this.mvc, "manager1", "/api/v1/notifications").andExpect(jsonPath(path + ".read").value(true));

		// the manager returns it: the rep hears it with the comment, in English for
		// English readers
		NotifyApi
			.post(this.mvc, "manager1", "/api/v1/visit-plans/rep4/2031-W07/review",
					"{\"decision\":\"RETURNED\",\"comment\":\"A 类客户太少\"}")
			.andExpect(status().isOk());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/notifications")
				.header("Authorization", org.salesteam.support.Tokens.bearer(this.mvc, "rep4"))
				.header("Accept-Language", "en"))
			.andExpect(jsonPath(path + ".event").value("VISIT_PLAN_RETURNED"))
			.andExpect(jsonPath(path + ".text").value(hasItem(containsString("A 类客户太少"))));
	}

	@Test
	void markAllReadEmptiesTheBell() throws Exception {
		NotifyApi.submitWeek(this.mvc, "rep4", "2031-W09").andExpect(status().isOk());
		NotifyApi.get(this.mvc, "manager1", "/api/v1/notifications/unread-count")
			.andExpect(jsonPath("$.unread").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
		NotifyApi.post(this.mvc, "manager1", "/api/v1/notifications/read-all", "").andExpect(status().isOk());
		NotifyApi.get(this.mvc, "manager1", "/api/v1/notifications/unread-count")
			.andExpect(jsonPath("$.unread").value(0));
	}

	@Test
	void onlyAdminsConfigureChannels() throws Exception {
		String body = "{\"kind\":\"WECOM_ROBOT\",\"url\":\"https://203.0.113.10/send?key=k\",\"events\":[\"VISIT_PLAN_SUBMITTED\"]}";
		NotifyApi.post(this.mvc, "manager1", "/api/v1/notification-channels", body).andExpect(status().isForbidden());
		NotifyApi.post(this.mvc, "rep4", "/api/v1/notification-channels", body).andExpect(status().isForbidden());
		NotifyApi.get(this.mvc, "director", "/api/v1/notification-channels").andExpect(status().isForbidden());
	}

	@Test
	void loopbackPrivateLinkLocalAndMetadataAddressesAreRefused() throws Exception {
		for (String url : new String[] { "https://127.0.0.1/hook", "https://10.0.0.1/hook",
				"https://169.254.169.254/latest/meta-data", "https://localhost/hook", "https://192.168.1.20/hook",
				"https://172.20.0.5/hook", "https://[::1]/hook", "https://[fd00::1]/hook", "http://203.0.113.10/hook",
				"not a url" }) {
			NotifyApi
				.post(this.mvc, "admin", "/api/v1/notification-channels",
						"{\"kind\":\"WEBHOOK\",\"url\":\"" + url + "\",\"events\":[\"VISIT_PLAN_SUBMITTED\"]}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("url"));
		}
	}

	@Test
	void aPublicRobotIsSavedAndItsSecretAndTokenAreNeverShownAgain() throws Exception {
		NotifyApi
			.post(this.mvc, "admin", "/api/v1/notification-channels",
					"{\"kind\":\"DINGTALK_ROBOT\",\"url\":\"https://203.0.113.10/robot/send?access_token=tok123\","
							+ "\"secret\":\"SECabc\",\"events\":[\"VISIT_PLAN_APPROVED\"]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("DINGTALK_ROBOT"))
			.andExpect(jsonPath("$.hasSecret").value(true))
			.andExpect(jsonPath("$.url").value("https://203.0.113.10/robot/send?…"))
			.andExpect(jsonPath("$.secret").doesNotExist());
		NotifyApi.get(this.mvc, "admin", "/api/v1/notification-channels")
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(not(containsString("SECabc"))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(not(containsString("tok123"))));
		String stored = this.jdbc.sql("select secret from notify_channel where url like '%tok123'")
			.query(String.class)
			.single();
		org.assertj.core.api.Assertions.assertThat(stored).doesNotContain("SECabc");
		NotifyApi
			.post(this.mvc, "admin", "/api/v1/notification-channels",
					"{\"kind\":\"WEBHOOK\",\"url\":\"https://203.0.113.10/x\",\"events\":[\"NO_SUCH_EVENT\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("events"));
		long id = this.jdbc.sql("select id from notify_channel where url like '%tok123'").query(Long.class).single();
		NotifyApi.delete(this.mvc, "admin", "/api/v1/notification-channels/" + id).andExpect(status().isNoContent());
	}

}
