package org.salesteam.notify;

import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls of the notification tests: requests with a bearer token of the user. */
final class NotifyApi {

	private NotifyApi() {
	}

	static ResultActions post(MockMvc mvc, String user, String path, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(path)
			.header("Authorization", Tokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static ResultActions get(MockMvc mvc, String user, String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", Tokens.bearer(mvc, user)));
	}

	static ResultActions put(MockMvc mvc, String user, String path, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.put(path)
			.header("Authorization", Tokens.bearer(mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static ResultActions delete(MockMvc mvc, String user, String path) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.delete(path).header("Authorization", Tokens.bearer(mvc, user)));
	}

	/** The rep hands in an (empty) week: below the standard, so with a reason. */
	static ResultActions submitWeek(MockMvc mvc, String rep, String isoWeek) throws Exception {
		return post(mvc, rep, "/api/v1/visit-plans/" + rep + "/" + isoWeek + "/submit", "{\"reason\":\"本周在厂里跟进打样\"}");
	}

	/** The user's team id. */
	static long teamOf(JdbcClient jdbc, String username) {
		return jdbc.sql("select team_id from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	/** The user's display name. */
	static String displayName(JdbcClient jdbc, String username) {
		return jdbc.sql("select display_name from app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

}
