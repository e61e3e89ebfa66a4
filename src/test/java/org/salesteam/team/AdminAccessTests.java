package org.salesteam.team;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only admins reach the organisation admin API and pages. */
@IntegrationTest
class AdminAccessTests {

	private static final String[] API = { "/api/v1/users", "/api/v1/teams", "/api/v1/territories", "/api/v1/segments" };

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "rep1", "manager1", "director", "support1" })
	void refusesAdminApiToNonAdmins(String username) throws Exception {
		String bearer = Tokens.bearer(this.mvc, username);
		for (String path : API) {
			this.mvc.perform(get(path).header("Authorization", bearer))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("您没有执行此操作的权限。"));
			this.mvc.perform(get(path + "/999999999").header("Authorization", bearer))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/api/v1/segments").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"HACK\",\"name\":\"越权\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/teams/1/members").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"repIds\":[]}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/users/1/deactivate").header("Authorization", bearer))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "rep1", "manager1", "director" })
	void refusesAdminPagesToNonAdmins(String username) throws Exception {
		MockHttpSession session = TeamTestSupport.login(this.mvc, username, "demo");
		for (String page : new String[] { "/admin/users", "/admin/users/new", "/admin/teams", "/admin/territories",
				"/admin/segments" }) {
			this.mvc.perform(get(page).session(session)).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/admin/segments").session(session).with(csrf()).param("code", "HACK").param("name", "x"))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/users", "/api/v1/teams", "/api/v1/territories", "/api/v1/segments" })
	void asksForTokenWithoutOne(String path) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
