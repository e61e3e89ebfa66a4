package org.salesteam.team;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every user's own profile: details, language, password and API tokens. */
@IntegrationTest
class ProfileTests {

	@Autowired
	MockMvc mvc;

	String username;

	MockHttpSession session;

	@BeforeEach
	void signInAsFreshRep() throws Exception {
		this.username = TeamTestSupport.unique("profile");
		TeamTestSupport.createUser(this.mvc, TeamTestSupport.adminBearer(this.mvc), this.username, "[\"REP\"]");
		this.session = TeamTestSupport.login(this.mvc, this.username, "password1");
	}

	@Test
	void rendersProfileInChinese() throws Exception {
		this.mvc.perform(get("/profile").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("个人资料"), containsString("修改密码"),
					containsString("API 访问令牌"), containsString(this.username))));
	}

	@Test
	void savingEnglishSwitchesTheSessionAndTheSavedLanguage() throws Exception {
		this.mvc
			.perform(post("/profile").session(this.session)
				.with(csrf())
				.param("displayName", "Lily Sun")
				.param("email", "lily@example.com")
				.param("locale", "en"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/profile"));
		this.mvc.perform(get("/").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("lang=\"en\""), containsString("Hello, Lily Sun"))));

		MockHttpSession fresh = TeamTestSupport.login(this.mvc, this.username, "password1");
		this.mvc.perform(get("/profile").session(fresh))
			.andExpect(content().string(allOf(containsString("Change password"), containsString("lily@example.com"))));
	}

	@Test
	void refusesInvalidProfile() throws Exception {
		this.mvc
			.perform(post("/profile").session(this.session)
				.with(csrf())
				.param("displayName", " ")
				.param("email", "nope")
				.param("locale", "fr"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("此项必填"), containsString("邮箱格式不正确"), containsString("请选择简体中文或 English"))));
	}

	@Test
	void changesPasswordOnlyWithTheCurrentOneAndMatchingConfirmation() throws Exception {
		this.mvc
			.perform(post("/profile/password").session(this.session)
				.with(csrf())
				.param("currentPassword", "wrong-one")
				.param("newPassword", "new-secret-1")
				.param("confirmPassword", "new-secret-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码不正确")));
		this.mvc
			.perform(post("/profile/password").session(this.session)
				.with(csrf())
				.param("currentPassword", "password1")
				.param("newPassword", "new-secret-1")
				.param("confirmPassword", "new-secret-2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
		this.mvc
			.perform(post("/profile/password").session(this.session)
				.with(csrf())
				.param("currentPassword", "password1")
				.param("newPassword", "short")
				.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码至少 8 位")));

		this.mvc
			.perform(post("/profile/password").session(this.session)
				.with(csrf())
				.param("currentPassword", "password1")
				.param("newPassword", "new-secret-1")
				.param("confirmPassword", "new-secret-1"))
			.andExpect(status().isSeeOther());
		assertThat(TeamTestSupport.login(this.mvc, this.username, "new-secret-1")).isNotNull();
		assertThatThrownBy(() -> TeamTestSupport.login(this.mvc, this.username, "password1"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void issuesShowsOnceAndRevokesPersonalTokens() throws Exception {
		MvcResult issued = this.mvc.perform(post("/profile/tokens").session(this.session).with(csrf()))
			.andExpect(status().isSeeOther())
			.andReturn();
		String token = (String) issued.getFlashMap().get("newToken");
		String page = this.mvc.perform(get("/profile").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(token), containsString("有效"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(this.username));
		this.mvc.perform(get("/profile").session(this.session))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));

		Matcher revoke = Pattern.compile("/profile/tokens/(\\d+)/revoke").matcher(page);
		assertThat(revoke.find()).isTrue();
		this.mvc.perform(post(revoke.group()).session(this.session).with(csrf())).andExpect(status().isSeeOther());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());

		MockHttpSession other = TeamTestSupport.login(this.mvc, "rep2", "demo");
		this.mvc.perform(post(revoke.group()).session(other).with(csrf())).andExpect(status().isNotFound());
	}

}
