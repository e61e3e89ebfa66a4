package org.salesteam.motivation;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.salesteam.platform.PendingWork;
import org.salesteam.platform.PrincipalSource;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.SignIn;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 认可墙 and praise (ADR 0046): a manager praises a rep of their team (201; the rep gets an
 * inbox notice; the praise is on the team's wall for a teammate and in the rep's own list
 * and home inbox line); a rep, an admin, or a manager praising outside their teams get
 * 403; an empty or too long message and an unknown person 422 naming the field; a rep
 * sees only their own team's wall (another team 404); a director praises anyone and sees
 * the whole company's wall. The page shows the wall and, to a manager, the form.
 */
@IntegrationTest
class RecognitionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PrincipalSource principals;

	@Autowired
	List<PendingWork> inbox;

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.header("Authorization", Tokens.bearer(this.mvc, user)));
	}

	private ResultActions praise(String user, String username, String message) throws Exception {
		String body = "{\"username\":" + quoted(username) + ",\"message\":" + quoted(message) + "}";
		return call(user, post("/api/v1/recognition/praise").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static String quoted(String text) {
		return (text == null) ? "null" : "\"" + text + "\"";
	}

	private List<String> repsOf(String manager) {
		return this.jdbc.sql("""
				select u.username from app_user u join sales_team t on t.id = u.team_id
				join app_user m on m.id = t.manager_id
				where m.username = :m and u.username like 'rep%' and u.active = true order by u.username
				""").param("m", manager).query(String.class).list();
	}

	private long teamOf(String manager) {
		return this.jdbc
			.sql("select t.id from sales_team t join app_user u on u.id = t.manager_id where u.username = :m")
			.param("m", manager)
			.query(Long.class)
			.single();
	}

	@Test
	void aManagerPraisesTheirRepWhoIsToldAndTheTeamSeesIt() throws Exception {
		List<String> team = repsOf("manager1");
		String praised = team.get(1);
		String teammate = team.get(0);
		String message = "  客户验厂一次通过，干得漂亮！下个月继续保持这个势头，大家向你学习！" + System.nanoTime() + "  ";
		String kept = message.strip();
		praise("manager1", praised, message).andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(praised))
			.andExpect(jsonPath("$.kind").value("PRAISE"))
			.andExpect(jsonPath("$.message").value(kept));

		List<String> notices = this.jdbc.sql("""
				select n.message_key from notification n join app_user u on u.id = n.recipient_id
				where u.username = :u and n.event_key like 'RECOGNITION_PRAISE:%' and n.message_args like :text
				""").param("u", praised).param("text", "%" + kept + "%").query(String.class).list();
		assertThat(notices).containsExactly("motivation.notice.praise");

		call(teammate, get("/api/v1/recognition")).andExpect(status().isOk())
			.andExpect(jsonPath("$.teamId").value(teamOf("manager1")))
			.andExpect(jsonPath("$.entries[?(@.message == '" + kept + "')].username").value(praised))
			.andExpect(jsonPath("$.entries[?(@.message == '" + kept + "')].praisedBy").isNotEmpty());
		call(praised, get("/api/v1/recognition/mine")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].message").value(kept));
		call("director", get("/api/v1/recognition")).andExpect(status().isOk())
			.andExpect(jsonPath("$.teamId").doesNotExist())
			.andExpect(jsonPath("$.entries[?(@.message == '" + kept + "')]").isNotEmpty());
		call(teammate, get("/api/v1/recognition").param("teamId", String.valueOf(teamOf("manager2"))))
			.andExpect(status().isNotFound());

		UserPrincipal rep = this.principals.findActive(praised).orElseThrow();
		List<PendingWork.Item> home = this.inbox.stream()
			.flatMap((contributor) -> contributor.pendingFor(rep).stream())
			.filter((item) -> item.messageKey().equals("motivation.recognition.inbox"))
			.toList();
		assertThat(home).singleElement().satisfies((item) -> {
			assertThat(item.count()).isGreaterThanOrEqualTo(1);
			assertThat(item.detail()).isEqualTo(kept.substring(0, 30) + "…");
			assertThat(item.link()).isEqualTo("/recognition?mine");
			assertThat(item.forInformation()).as("nothing waits on a recognition").isTrue();
		});
		// the home page shows it below the to-dos, apart from what waits, and does not
		// count it among them
		String inbox = page(session(praised), "/home/cockpit/inbox");
		String news = inbox.substring(inbox.indexOf("id=\"inboxNews\""));
		String waiting = inbox.substring(inbox.indexOf("id=\"inboxItems\""), inbox.indexOf("id=\"inboxNews\""));
		assertThat(news).contains("/recognition?mine");
		assertThat(waiting).doesNotContain("/recognition?mine");
	}

	@Test
	void onlyTheirManagersAndDirectorsPraiseAndTheMessageIsChecked() throws Exception {
		String otherTeamRep = repsOf("manager2").get(0);
		String ownRep = repsOf("manager1").get(0);
		praise(ownRep, repsOf("manager1").get(1), "好样的").andExpect(status().isForbidden());
		praise("admin", ownRep, "好样的").andExpect(status().isForbidden());
		praise("manager1", otherTeamRep, "好样的").andExpect(status().isForbidden());
		praise("manager1", ownRep, "   ").andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(Matchers.containsString("message")));
		praise("manager1", ownRep, "好".repeat(501)).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(Matchers.containsString("message")));
		praise("manager1", "nobody-here", "好样的").andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(Matchers.containsString("username")));
		long before = praises(otherTeamRep);
		praise("director", otherTeamRep, "华南市场开得好").andExpect(status().isCreated());
		assertThat(praises(otherTeamRep)).isEqualTo(before + 1);
	}

	@Test
	void thePageShowsTheWallAndTheFormToManagers() throws Exception {
		String praised = repsOf("manager1").get(0);
		String message = "页面测试表扬" + System.nanoTime();
		MockHttpSession manager = session("manager1");
		this.mvc
			.perform(post("/recognition/praise").session(manager)
				.with(csrf())
				.param("username", praised)
				.param("message", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"praiseError\"")));
		this.mvc
			.perform(post("/recognition/praise").session(manager)
				.with(csrf())
				.param("username", praised)
				.param("message", message))
			.andExpect(status().is3xxRedirection());
		assertThat(page(manager, "/recognition")).contains("id=\"praiseForm\"", message);
		assertThat(page(session(praised), "/recognition?mine&lang=en")).contains(message, "was praised by")
			.doesNotContain("id=\"praiseForm\"");
	}

	private MockHttpSession session(String user) throws Exception {
		return SignIn.as(this.mvc, user);
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long praises(String username) {
		return this.jdbc.sql("""
				select count(*) from recognition r join app_user u on u.id = r.user_id
				where u.username = :u and r.kind = 'PRAISE'
				""").param("u", username).query(Long.class).single();
	}

}
