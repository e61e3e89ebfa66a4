package org.salesteam.evaluation;

import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the module's API tests share: calls with a user's token, and the demo people
 * looked up by their place in the organisation rather than named.
 */
final class EvaluationCalls {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	EvaluationCalls(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	/** A browser session of the demo user (password {@code demo}). */
	MockHttpSession session(String user) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/** A page that must answer 200, as text. */
	String page(MockHttpSession session, String path) throws Exception {
		return this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String read(String user, String path) throws Exception {
		return call(user, get(path), null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The manager of the rep's team. */
	String managerOf(String rep) {
		return this.jdbc.sql("""
				select m.username from app_user u join sales_team t on t.id = u.team_id
				join app_user m on m.id = t.manager_id where u.username = :rep""")
			.param("rep", rep)
			.query(String.class)
			.single();
	}

	/** A manager of another active team. */
	String otherManager(String manager) {
		return this.jdbc.sql("""
				select min(m.username) from sales_team t join app_user m on m.id = t.manager_id
				where t.active = true and m.username <> :m""").param("m", manager).query(String.class).single();
	}

}
