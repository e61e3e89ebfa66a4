package org.salesteam.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Calls every page and API endpoint the application maps — found from its own handler
 * mappings, so a new endpoint is probed without anyone listing it — as every kind of
 * user, and checks the outcome against the access policy ({@link AccessPolicy}): no
 * unauthorised success, no server error, no database change from any refused write, and
 * the security headers on every response.
 */
@IntegrationTest
@TestPropertySource(properties = "salesteam.test.context=access-probes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessProbeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Actors actors;

	private List<Endpoint> endpoints;

	@BeforeAll
	void signInEveryone() throws Exception {
		this.actors = Actors.signIn(this.mvc);
		this.endpoints = Endpoint.discover(this.mappings);
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
			for (String actor : Actors.ALL) {
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
			for (String actor : Actors.ALL) {
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
				Actors.ALL.size());
	}

	@Test
	void browserWritesWithoutCsrfTokenAreRefusedAndChangeNothing() throws Exception {
		String before = DatabaseChecksum.of(this.jdbc);
		for (Endpoint endpoint : this.endpoints) {
			if (endpoint.isWrite() && !endpoint.path().startsWith("/api/")) {
				MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.concretePath())
					.session(this.actors.session("admin"));
				int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
				assertThat(status).as("%s without CSRF token", endpoint).isEqualTo(403);
			}
		}
		assertThat(DatabaseChecksum.of(this.jdbc)).isEqualTo(before);
	}

	/**
	 * Performs the probe and checks the security headers that every response — page, API,
	 * error or redirect — must carry.
	 */
	private int perform(Endpoint endpoint, String actor) throws Exception {
		MockHttpServletResponse response = this.actors
			.perform(endpoint.method(), endpoint.concretePath(), actor, Map.of())
			.getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).as("CSP of %s as %s", endpoint, actor)
			.contains("default-src 'self'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(response.getHeader("X-Frame-Options")).as("frame options of %s", endpoint).isEqualTo("DENY");
		assertThat(response.getHeader("X-Content-Type-Options")).as("nosniff of %s", endpoint).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).as("referrer policy of %s", endpoint)
			.isEqualTo("strict-origin-when-cross-origin");
		return response.getStatus();
	}

}
