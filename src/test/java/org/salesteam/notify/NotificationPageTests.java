package org.salesteam.notify;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages: the bell's count, the inbox opening a notice's page, the settings, and the
 * admins' channel page (a refused URL shown on its field), in both languages.
 */
@IntegrationTest
class NotificationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBellCountsUnreadAndOpeningANoticeGoesToItsPage() throws Exception {
		MockHttpSession manager = signIn("manager1", "demo");
		this.mvc.perform(post("/notifications/read-all").session(manager).with(csrf()))
			.andExpect(status().isSeeOther());
		this.mvc.perform(get("/notifications/bell").session(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("bellCount"))));
		NotifyApi.submitWeek(this.mvc, "rep4", "2031-W21").andExpect(status().isOk());
		this.mvc.perform(get("/notifications/bell").session(manager))
			.andExpect(content().string(containsString("id=\"bellCount\">1<")));
		this.mvc.perform(get("/notifications").session(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2031-W21")))
			.andExpect(content().string(containsString("周拜访计划已提交")));
		this.mvc.perform(get("/notifications").param("lang", "en").session(manager))
			.andExpect(content().string(containsString("Weekly schedule submitted")));
		long id = this.jdbc.sql("""
				select n.id from notification n join app_user u on u.id = n.recipient_id
				where u.username = 'manager1' and n.link = '/visit-plans/rep4/2031-W21'
				""").query(Long.class).single();
		this.mvc.perform(post("/notifications/" + id + "/open").session(manager).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/visit-plans/rep4/2031-W21"));
		this.mvc.perform(get("/notifications/bell").session(manager))
			.andExpect(content().string(not(containsString("bellCount"))));
	}

	@Test
	void settingsAndTheAdminsChannelPageRender() throws Exception {
		MockHttpSession manager = signIn("manager1", "demo");
		this.mvc.perform(get("/notifications/settings").session(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("团队成员必须收到邮件的通知")));
		MockHttpSession admin = signIn("admin", "admin-secret");
		this.mvc.perform(get("/admin/notification-channels").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("企业微信群机器人")));
		this.mvc
			.perform(post("/admin/notification-channels").session(admin)
				.with(csrf())
				.param("kind", "WECOM_ROBOT")
				.param("url", "https://169.254.169.254/latest")
				.param("events", "VISIT_PLAN_SUBMITTED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能发送到内网、本机或云服务器元数据地址")));
		this.mvc.perform(get("/admin/notification-channels").session(manager)).andExpect(status().isForbidden());
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password(password))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
