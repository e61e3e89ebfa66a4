package org.salesteam.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Calls every page and API endpoint the application maps — found from its own handler
 * mappings, so a new endpoint is probed without anyone listing it — as every kind of
 * user, and checks the outcome against the access policy ({@link AccessPolicy}): no
 * unauthorised success, no server error, and no database change from any refused write.
 */
@IntegrationTest
@TestPropertySource(properties = "salesteam.test.context=access-probes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessProbeTests {

	private static final List<String> ACTORS = List.of("anonymous", "rep1", "rep2", "rep6", "manager1", "manager2",
			"support1", "director", "admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<String, MockHttpSession> sessions = new LinkedHashMap<>();

	private final Map<String, String> bearers = new LinkedHashMap<>();

	private List<Endpoint> endpoints;

	@BeforeAll
	void signInEveryone() throws Exception {
		for (String actor : ACTORS) {
			if (!"anonymous".equals(actor)) {
				String password = "admin".equals(actor) ? "admin-secret" : "demo";
				MvcResult login = this.mvc.perform(formLogin("/login").user(actor).password(password)).andReturn();
				this.sessions.put(actor, (MockHttpSession) login.getRequest().getSession(false));
				this.bearers.put(actor, Tokens.bearer(this.mvc, actor));
			}
		}
		this.endpoints = discoverEndpoints();
	}

	@Test
	void discoversTheEndpointsOfEveryModule() {
		assertThat(this.endpoints).extracting(Endpoint::path)
			.contains("/api/v1/me", "/api/v1/auth/token", "/", "/login");
		assertThat(this.endpoints.size()).isGreaterThan(3);
	}

	@Test
	void refusedRequestsChangeNothingAndAllowedOnesNeverFail() throws Exception {
		List<String> violations = new ArrayList<>();
		int probes = 0;
		String before = DatabaseChecksum.of(this.jdbc);
		for (Endpoint endpoint : this.endpoints) {
			for (String actor : ACTORS) {
				if (!AccessPolicy.allows(actor, endpoint.path())) {
					probes++;
					int status = perform(endpoint, actor);
					if (!AccessPolicy.isRefusal(status, endpoint.path())) {
						violations.add(actor + " " + endpoint + " → " + status + " (should be refused)");
					}
				}
			}
		}
		String afterRefusals = DatabaseChecksum.of(this.jdbc);
		for (Endpoint endpoint : this.endpoints) {
			for (String actor : ACTORS) {
				if (AccessPolicy.allows(actor, endpoint.path()) && !endpoint.isWrite()) {
					probes++;
					int status = perform(endpoint, actor);
					if (status >= 500 || status == 401) {
						violations.add(actor + " " + endpoint + " → " + status + " (allowed, must not fail)");
					}
				}
			}
		}
		assertThat(violations).isEmpty();
		assertThat(afterRefusals).as("database changed by refused requests").isEqualTo(before);
		assertThat(probes).isGreaterThan(this.endpoints.size());
		System.out.printf("Access probes: %d requests over %d endpoints and %d actors%n", probes, this.endpoints.size(),
				ACTORS.size());
	}

	@Test
	void browserWritesWithoutCsrfTokenAreRefusedAndChangeNothing() throws Exception {
		String before = DatabaseChecksum.of(this.jdbc);
		for (Endpoint endpoint : this.endpoints) {
			if (endpoint.isWrite() && !endpoint.path().startsWith("/api/")) {
				MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.concretePath())
					.session(this.sessions.get("admin"));
				int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
				assertThat(status).as("%s without CSRF token", endpoint).isEqualTo(403);
			}
		}
		assertThat(DatabaseChecksum.of(this.jdbc)).isEqualTo(before);
	}

	private int perform(Endpoint endpoint, String actor) throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.concretePath());
		if (endpoint.isWrite()) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		if (!"anonymous".equals(actor)) {
			if (endpoint.path().startsWith("/api/")) {
				request.header("Authorization", this.bearers.get(actor));
			}
			else {
				request.session(this.sessions.get(actor));
			}
		}
		if (endpoint.isWrite() && !endpoint.path().startsWith("/api/")) {
			request.with(csrf());
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private List<Endpoint> discoverEndpoints() {
		Set<Endpoint> found = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error") || pattern.startsWith("/v3/api-docs")
						|| pattern.startsWith("/swagger-ui")) {
					continue;
				}
				if (methods.isEmpty()) {
					found.add(new Endpoint(HttpMethod.GET, pattern));
				}
				for (RequestMethod method : methods) {
					found.add(new Endpoint(method.asHttpMethod(), pattern));
				}
			}
		}
		return List.copyOf(found);
	}

	/** One mapped method and path pattern. */
	record Endpoint(HttpMethod method, String path) implements Comparable<Endpoint> {

		boolean isWrite() {
			return !HttpMethod.GET.equals(this.method) && !HttpMethod.HEAD.equals(this.method)
					&& !HttpMethod.OPTIONS.equals(this.method);
		}

		/**
		 * The path with every variable filled: ids with a number nobody owns, names with
		 * another rep's.
		 */
		String concretePath() {
			return this.path.replaceAll("\\{[^}]*[iI]d[^}]*}", "999999").replaceAll("\\{[^}]+}", "rep2");
		}

		@Override
		public int compareTo(Endpoint other) {
			int byPath = this.path.compareTo(other.path);
			return (byPath != 0) ? byPath : this.method.name().compareTo(other.method.name());
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
