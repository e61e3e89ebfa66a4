package org.salesteam.platform;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in, lock-out, CSRF, security headers and the immediate effect of a change of
 * rights. Runs in its own database (distinct property) because it locks and changes demo
 * users.
 */
@IntegrationTest
@TestPropertySource(properties = "salesteam.test.context=browser-security")
class BrowserSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loginPageSpeaksChineseByDefaultAndEnglishOnRequest() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登录")))
			.andExpect(content().string(containsString("lang=\"zh-CN\"")));
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in")))
			.andExpect(content().string(not(containsString("登录"))));
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/login", "/", "/no-such-page", "/api/v1/me", "/actuator/health" }) {
			this.mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
		}
	}

	@Test
	void aFragmentAskedForAfterTheSessionEndedSendsTheWholePageToTheLogin() throws Exception {
		// htmx (the bell's polling): no login page swapped into the header, the page goes
		// there
		this.mvc.perform(get("/notifications/bell").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"));
		// a page: the usual redirect, and after signing in the user is back on that page
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/customers").session(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin("/login").user("rep1").password("demo")).andExpect(authenticated());
		MockHttpSession fragment = new MockHttpSession();
		this.mvc.perform(get("/notifications/bell").header("HX-Request", "true").session(fragment));
		this.mvc
			.perform(post("/login").session(fragment).with(csrf()).param("username", "rep1").param("password", "demo"))
			.andExpect(redirectedUrl("/"));
		this.mvc
			.perform(post("/login").session(session).with(csrf()).param("username", "rep1").param("password", "demo"))
			.andExpect(redirectedUrl("http://localhost/customers?continue"));
	}

	@Test
	void signsInWithTheDemoPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("rep1").password("demo"))
			.andExpect(authenticated().withUsername("rep1"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordGivesTheGenericFailure() throws Exception {
		this.mvc.perform(formLogin("/login").user("rep1").password("nope"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("nobody").password("nope"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void formPostWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "rep1").param("password", "demo"))
			.andExpect(status().isForbidden());
	}

	@Test
	void locksTheAccountAfterFiveWrongPasswords() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(formLogin("/login").user("rep14").password("wrong-" + attempt))
				.andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin("/login").user("rep14").password("demo"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		Integer failures = this.jdbc.sql("select failed_logins from app_user where username = 'rep14'")
			.query(Integer.class)
			.single();
		org.assertj.core.api.Assertions.assertThat(failures).isEqualTo(5);
	}

	@Test
	void fourWrongPasswordsThenTheRightOneSignsInAndResetsTheCount() throws Exception {
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin("/login").user("rep15").password("wrong")).andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin("/login").user("rep15").password("demo")).andExpect(authenticated());
		Integer failures = this.jdbc.sql("select failed_logins from app_user where username = 'rep15'")
			.query(Integer.class)
			.single();
		org.assertj.core.api.Assertions.assertThat(failures).isZero();
	}

	@Test
	void deactivatedUserLosesTheSessionOnTheNextRequest() throws Exception {
		MockHttpSession session = signIn("rep13");
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		this.jdbc.sql("update app_user set active = false, auth_version = auth_version + 1 where username = 'rep13'")
			.update();
		this.mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin("/login").user("rep13").password("demo")).andExpect(unauthenticated());
	}

	@Test
	void changedRolesApplyToTheOpenSessionAtOnce() throws Exception {
		MockHttpSession session = signIn("rep12");
		this.mvc.perform(get("/actuator/metrics").session(session)).andExpect(status().isForbidden());
		setRoles("rep12", "ADMIN");
		this.mvc.perform(get("/actuator/metrics").session(session)).andExpect(status().isOk());
		setRoles("rep12", "REP");
		this.mvc.perform(get("/actuator/metrics").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void directorSeesAllTeamsAndManagerOnlyTheirOwn() throws Exception {
		this.mvc.perform(get("/").session(signIn("director")))
			.andExpect(content().string(containsString("华东一部")))
			.andExpect(content().string(containsString("华东二部")))
			.andExpect(content().string(containsString("华南部")));
		this.mvc.perform(get("/").session(signIn("manager1")))
			.andExpect(content().string(containsString("华东一部")))
			.andExpect(content().string(not(containsString("华东二部"))))
			.andExpect(content().string(not(containsString("华南部"))));
	}

	@Test
	void savedLanguageWinsAfterLogin() throws Exception {
		this.jdbc.sql("update app_user set locale = 'en' where username = 'rep11'").update();
		MockHttpSession session = signIn("rep11");
		this.mvc.perform(get("/").session(session)).andExpect(content().string(containsString("Hello, ")));
	}

	@Test
	void healthProbesArePublicButOtherActuatorEndpointsAreNot() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/metrics"))
			.andDo(org.springframework.test.web.servlet.result.MockMvcResultHandlers.print())
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/actuator/metrics").session(signIn("director"))).andExpect(status().isForbidden());
	}

	@Test
	void unknownPageShowsTheTranslatedNotFoundPage() throws Exception {
		MockHttpSession session = signIn("rep1");
		this.mvc.perform(get("/no-such-page").session(session)).andExpect(status().isNotFound());
		// MockMvc does not forward to the error page by itself: render it as the
		// container would
		this.mvc
			.perform(get("/error").session(session)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("页面不存在")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	private void setRoles(String username, String role) {
		this.jdbc.sql("delete from app_user_role where user_id = (select id from app_user where username = :u)")
			.param("u", username)
			.update();
		this.jdbc.sql("insert into app_user_role (user_id, role) select id, :r from app_user where username = :u")
			.param("u", username)
			.param("r", role)
			.update();
		this.jdbc.sql("update app_user set auth_version = auth_version + 1 where username = :u")
			.param("u", username)
			.update();
	}

	private MockHttpSession signIn(String username) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(username).password("demo"))
			.andExpect(authenticated())
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
