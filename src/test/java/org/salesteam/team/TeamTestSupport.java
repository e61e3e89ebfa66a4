package org.salesteam.team;

import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.salesteam.support.Tokens;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sign-ins and fresh records for the team tests. The demo company is shared by every test
 * of a run, so tests that change things create their own users, teams and codes.
 */
final class TeamTestSupport {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TeamTestSupport() {
	}

	/** A name no other test uses, e.g. {@code t17x}. */
	static String unique(String prefix) {
		return prefix + SEQUENCE.incrementAndGet() + "x" + (System.nanoTime() % 100000);
	}

	/** Signs in through the login form; the returned session carries the login. */
	static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
		if (result.getResponse().getStatus() != 302 || result.getResponse().getRedirectedUrl().contains("error")) {
			throw new IllegalStateException(
					"login of " + username + " failed: " + result.getResponse().getRedirectedUrl());
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	static MockHttpSession loginAdmin(MockMvc mvc) throws Exception {
		return login(mvc, "admin", "admin-secret");
	}

	static String adminBearer(MockMvc mvc) throws Exception {
		return Tokens.bearer(mvc, "admin");
	}

	/**
	 * Creates a user through the API with the password {@code password1}; returns the id.
	 */
	static long createUser(MockMvc mvc, String bearer, String username, String rolesJson) throws Exception {
		String body = """
				{"username":"%s","password":"password1","displayName":"测试用户","roles":%s}
				""".formatted(username, rolesJson);
		MvcResult result = mvc
			.perform(post("/api/v1/users").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException("create user: " + result.getResponse().getContentAsString());
		}
		return idOf(result);
	}

	static long idOf(MvcResult result) throws Exception {
		Number id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
		return id.longValue();
	}

	/** Id of a demo user, from the admin API's list. */
	static long userId(MockMvc mvc, String bearer, String username) throws Exception {
		MvcResult result = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/users")
				.param("q", username)
				.header("Authorization", bearer))
			.andReturn();
		java.util.List<Number> ids = JsonPath.read(result.getResponse().getContentAsString(),
				"$[?(@.username == '" + username + "')].id");
		return ids.get(0).longValue();
	}

}
