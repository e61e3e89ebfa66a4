package org.salesteam.team;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin pages render, validate, and answer a change with 303 and a message. */
@IntegrationTest
class AdminPagesTests {

	@Autowired
	MockMvc mvc;

	MockHttpSession session;

	@BeforeEach
	void signIn() throws Exception {
		this.session = TeamTestSupport.loginAdmin(this.mvc);
	}

	@Test
	void rendersUserListWithFilters() throws Exception {
		this.mvc.perform(get("/admin/users").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("用户管理"), containsString("新建用户"), containsString("rep15"),
					containsString("华南部"), containsString("销售代表"))));
		this.mvc.perform(get("/admin/users").param("role", "MANAGER").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("manager3"), not(containsString(">rep15<")))));
	}

	@Test
	void answersHtmxFilterWithResultsOnly() throws Exception {
		this.mvc.perform(get("/admin/users").param("q", "王建国").header("HX-Request", "true").session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"userResults\""), containsString("manager1"),
					not(containsString("<html")), not(containsString(">rep2<")))));
	}

	@Test
	void rendersEveryAdminPage() throws Exception {
		expectPage("/admin/users/new", "初始密码");
		expectPage("/admin/teams", "华东一部");
		expectPage("/admin/teams/new", "新建团队");
		expectPage("/admin/territories", "华东大区");
		expectPage("/admin/territories/new", "上级区域");
		expectPage("/admin/segments", "食品饮料包装");
		expectPage("/admin/segments/new", "企业类型");
		String teams = this.mvc.perform(get("/admin/teams").session(this.session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher members = java.util.regex.Pattern.compile("/admin/teams/\\d+/members").matcher(teams);
		org.assertj.core.api.Assertions.assertThat(members.find()).isTrue();
		expectPage(members.group(), "团队成员");
	}

	@Test
	void createsUserAndRedirectsWithMessage() throws Exception {
		String username = TeamTestSupport.unique("page.user");
		MvcResult created = this.mvc
			.perform(post("/admin/users").session(this.session)
				.with(csrf())
				.param("username", username)
				.param("password", "secret-123")
				.param("displayName", "孙丽")
				.param("email", "sunli@example.com")
				.param("roles", "REP")
				.param("locale", "zh-CN"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", startsWith("/admin/users/")))
			.andReturn();
		this.mvc.perform(get(created.getResponse().getRedirectedUrl()).session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已创建用户 " + username), containsString("孙丽"))));
	}

	@Test
	void showsTranslatedFieldErrorsOnTheForm() throws Exception {
		this.mvc
			.perform(post("/admin/users").session(this.session)
				.with(csrf())
				.param("username", "rep1")
				.param("password", "short")
				.param("displayName", "")
				.param("locale", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("is-invalid"), containsString("密码至少 8 位"),
					containsString("此项必填"), containsString("请至少选择一个角色"))));
		this.mvc
			.perform(post("/admin/users").session(this.session)
				.with(csrf())
				.param("username", "rep1")
				.param("password", "secret-123")
				.param("displayName", "重名")
				.param("roles", "REP")
				.param("locale", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名“rep1”已被占用")));
	}

	@Test
	void createsTerritoryFromLowerCaseCodeAndRefusesCycles() throws Exception {
		String code = TeamTestSupport.unique("hb");
		this.mvc.perform(
				post("/admin/territories").session(this.session).with(csrf()).param("code", code).param("name", "湖北"))
			.andExpect(status().isSeeOther());
		this.mvc.perform(get("/admin/territories").session(this.session))
			.andExpect(content().string(containsString(code.toUpperCase())));
		this.mvc.perform(post("/admin/segments").session(this.session).with(csrf()).param("code", "").param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项必填")));
	}

	@Test
	void refusesToDeactivateOwnAccountWithMessage() throws Exception {
		long adminId = TeamTestSupport.userId(this.mvc, TeamTestSupport.adminBearer(this.mvc), "admin");
		MvcResult result = this.mvc
			.perform(post("/admin/users/" + adminId + "/deactivate").session(this.session).with(csrf()))
			.andExpect(status().isSeeOther())
			.andReturn();
		this.mvc.perform(get("/admin/users/" + adminId).session(this.session))
			.andExpect(content().string(containsString("不能停用自己的账户")));
	}

	@Test
	void answersNotFoundPageForUnknownIds() throws Exception {
		this.mvc.perform(get("/admin/users/999999999").session(this.session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/teams/999999999").session(this.session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/territories/999999999").session(this.session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/segments/999999999").session(this.session)).andExpect(status().isNotFound());
	}

	@Test
	void refusesPostWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/admin/segments").session(this.session).param("code", "NOCSRF").param("name", "x"))
			.andExpect(status().isForbidden());
	}

	private void expectPage(String path, String label) throws Exception {
		this.mvc.perform(get(path).session(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(label)));
	}

}
