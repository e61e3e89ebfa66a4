package org.salesteam.team;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change of roles or of the active flag reaches an open session on its next request.
 */
@IntegrationTest
class RightsChangeTests {

	@Autowired
	MockMvc mvc;

	String admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = TeamTestSupport.adminBearer(this.mvc);
	}

	@Test
	void grantedAndRevokedAdminRoleTakesEffectOnTheNextRequest() throws Exception {
		String username = TeamTestSupport.unique("promoted");
		long id = TeamTestSupport.createUser(this.mvc, this.admin, username, "[\"REP\"]");
		MockHttpSession session = TeamTestSupport.login(this.mvc, username, "password1");
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());

		changeRoles(id, "[\"REP\",\"ADMIN\"]");
		this.mvc.perform(get("/admin/users").session(session))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("用户管理")));

		changeRoles(id, "[\"REP\"]");
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void roleChangeMadeOnTheAdminPageReachesTheOpenSession() throws Exception {
		String username = TeamTestSupport.unique("director");
		long id = TeamTestSupport.createUser(this.mvc, this.admin, username, "[\"SUPPORT\"]");
		MockHttpSession userSession = TeamTestSupport.login(this.mvc, username, "password1");
		this.mvc.perform(get("/admin/teams").session(userSession)).andExpect(status().isForbidden());

		MockHttpSession adminSession = TeamTestSupport.loginAdmin(this.mvc);
		this.mvc
			.perform(post("/admin/users/" + id).session(adminSession)
				.with(csrf())
				.param("displayName", "临时管理员")
				.param("roles", "SUPPORT", "ADMIN")
				.param("locale", "zh-CN"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users/" + id));

		this.mvc.perform(get("/admin/teams").session(userSession)).andExpect(status().isOk());
	}

	@Test
	void deactivatedUserIsSignedOutOnTheNextRequest() throws Exception {
		String username = TeamTestSupport.unique("leaver");
		long id = TeamTestSupport.createUser(this.mvc, this.admin, username, "[\"REP\"]");
		MockHttpSession session = TeamTestSupport.login(this.mvc, username, "password1");
		this.mvc.perform(get("/profile").session(session)).andExpect(status().isOk());

		this.mvc.perform(post("/api/v1/users/" + id + "/deactivate").header("Authorization", this.admin))
			.andExpect(status().isOk());

		this.mvc.perform(get("/profile").session(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	private void changeRoles(long id, String roles) throws Exception {
		this.mvc
			.perform(put("/api/v1/users/" + id).header("Authorization", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"displayName\":\"测试用户\",\"roles\":%s}".formatted(roles)))
			.andExpect(status().isOk());
	}

}
