package org.salesteam.safety;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.support.Tokens;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The probing actors, each signed in once in the browser (session) and once on the API
 * (bearer token): anonymous, two reps of one team (rep1, rep2), a rep of another team
 * (rep6), both teams' managers, support, the director and the admin.
 */
final class Actors {

	static final List<String> ALL = List.of("anonymous", "rep1", "rep2", "rep6", "manager1", "manager2", "support1",
			"director", "admin");

	private final MockMvc mvc;

	private final Map<String, MockHttpSession> sessions = new LinkedHashMap<>();

	private final Map<String, String> bearers = new LinkedHashMap<>();

	private Actors(MockMvc mvc) {
		this.mvc = mvc;
	}

	static Actors signIn(MockMvc mvc) throws Exception {
		Actors actors = new Actors(mvc);
		for (String actor : ALL) {
			if (!"anonymous".equals(actor)) {
				String password = "admin".equals(actor) ? "admin-secret" : "demo";
				MvcResult login = mvc.perform(formLogin("/login").user(actor).password(password)).andReturn();
				actors.sessions.put(actor, (MockHttpSession) login.getRequest().getSession(false));
				actors.bearers.put(actor, Tokens.bearer(mvc, actor));
			}
		}
		return actors;
	}

	MockHttpSession session(String actor) {
		return this.sessions.get(actor);
	}

	/**
	 * Calls the path as the actor: API paths with the bearer token, pages with the
	 * session (and a CSRF token for writes); writes carry an empty JSON object.
	 */
	MvcResult perform(HttpMethod method, String path, String actor, Map<String, String> params) throws Exception {
		return perform(method, path, actor, params, "{}");
	}

	/** As above, with this JSON body on writes. */
	MvcResult perform(HttpMethod method, String path, String actor, Map<String, String> params, String body)
			throws Exception {
		MockHttpServletRequestBuilder request = request(method, path);
		params.forEach(request::param);
		boolean write = !HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)
				&& !HttpMethod.OPTIONS.equals(method);
		boolean api = path.startsWith("/api/");
		if (write) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		if (!"anonymous".equals(actor)) {
			if (api) {
				request.header("Authorization", this.bearers.get(actor));
			}
			else {
				request.session(this.sessions.get(actor));
			}
		}
		if (write && !api) {
			request.with(csrf());
		}
		return this.mvc.perform(request).andReturn();
	}

}
