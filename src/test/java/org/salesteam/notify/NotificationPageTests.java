package org.salesteam.notify;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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

	@Test
	void theChannelFormOffersTextOrMarkdownInBothLanguagesAndShowsARefusalOnTheFormatField() throws Exception {
		MockHttpSession admin = signIn("admin", "admin-secret");
		this.mvc.perform(get("/admin/notification-channels").session(admin))
			.andExpect(content().string(containsString(">消息格式</label>")))
			.andExpect(content().string(containsString("<option value=\"TEXT\" selected=\"selected\">文本</option>")))
			.andExpect(content().string(containsString("<option value=\"MARKDOWN\">Markdown</option>")));
		this.mvc.perform(get("/admin/notification-channels").param("lang", "en").session(admin))
			.andExpect(content().string(containsString(">Message format</label>")))
			.andExpect(content().string(containsString("<option value=\"TEXT\" selected=\"selected\">Text</option>")));
		// a generic webhook always gets JSON: markdown is refused on the format field,
		// the choice kept
		for (String[] language : new String[][] { { "zh-CN", "通用 Webhook 只接收 JSON，不能选 Markdown。" },
				{ "en", "A generic webhook always receives JSON: markdown is for the robots." } }) {
			this.mvc
				.perform(post("/admin/notification-channels").param("lang", language[0])
					.session(admin)
					.with(csrf())
					.param("kind", "WEBHOOK")
					.param("url", "https://203.0.113.10/hook")
					.param("format", "MARKDOWN")
					.param("events", "VISIT_PLAN_SUBMITTED"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("is-invalid\" id=\"format\" name=\"format\"")))
				.andExpect(content().string(containsString("<option value=\"MARKDOWN\" selected=\"selected\">")))
				.andExpect(content().string(containsString(language[1])));
		}
		// a 钉钉 robot in markdown is saved and listed with its badge
		String name = "格式测试钉钉" + System.nanoTime() % 1_000_000;
		this.mvc
			.perform(post("/admin/notification-channels").session(admin)
				.with(csrf())
				.param("kind", "DINGTALK_ROBOT")
				.param("name", name)
				.param("url", "https://203.0.113.10/robot/send?access_token=fmt")
				.param("format", "MARKDOWN")
				.param("events", "VISIT_PLAN_SUBMITTED"))
			.andExpect(status().isSeeOther());
		long id = this.jdbc.sql("select id from notify_channel where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select format from notify_channel where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("MARKDOWN");
		this.mvc.perform(get("/admin/notification-channels").session(admin))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("border\">Markdown</span>")));
		this.mvc.perform(post("/admin/notification-channels/" + id + "/remove").session(admin).with(csrf()))
			.andExpect(status().isSeeOther());
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password(password))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
