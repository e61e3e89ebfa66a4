package org.salesteam.team;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAdminApiTests {

	@Autowired
	MockMvc mvc;

	String admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = TeamTestSupport.adminBearer(this.mvc);
	}

	@Test
	void createsReadsUpdatesAndDeactivatesUser() throws Exception {
		String username = TeamTestSupport.unique("api.user");
		String created = this.mvc.perform(json(post("/api/v1/users"), """
				{"username":"%s","password":"secret-123","displayName":"钱多多","email":"qdd@example.com",
				 "roles":["REP"],"locale":"en"}
				""".formatted(username)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/users/")))
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("REP")))
			.andExpect(jsonPath("$.locale").value("en"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andExpect(jsonPath("$.password").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();

		this.mvc.perform(get("/api/v1/users/" + id).header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("钱多多"))
			.andExpect(jsonPath("$.email").value("qdd@example.com"));

		this.mvc.perform(json(put("/api/v1/users/" + id), """
				{"displayName":"钱多多（经理）","roles":["REP","MANAGER"],"locale":"zh-CN"}
				"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("钱多多（经理）"))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("REP", "MANAGER")))
			.andExpect(jsonPath("$.email").doesNotExist());

		this.mvc.perform(post("/api/v1/users/" + id + "/deactivate").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		this.mvc.perform(post("/api/v1/users/" + id + "/activate").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));
	}

	@Test
	void listsUsersFilteredByRoleAndTeam() throws Exception {
		this.mvc.perform(get("/api/v1/users").param("role", "MANAGER").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].username", hasItem("manager1")))
			.andExpect(jsonPath("$[*].roles", everyItem(hasItem("MANAGER"))));
		this.mvc.perform(get("/api/v1/users").param("q", "rep1").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'rep1')].teamName", containsInAnyOrder("华东一部")));
		this.mvc.perform(get("/api/v1/users").param("q", "王建国").header("Authorization", this.admin))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].username").value("manager1"));
	}

	@Test
	void rejectsInvalidUserWithFieldNames() throws Exception {
		this.mvc.perform(json(post("/api/v1/users"), """
				{"username":"no spaces allowed","password":"short","displayName":"","email":"not-an-email",
				 "roles":[],"locale":"fr"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("username", "password", "displayName", "email", "roles", "locale")))
			.andExpect(jsonPath("$.errors[?(@.field == 'password')].message", hasItem("密码至少 8 位，最多 100 位")));
	}

	@Test
	void rejectsDuplicateUsernameWithClearMessage() throws Exception {
		this.mvc.perform(json(post("/api/v1/users"), """
				{"username":"REP1","password":"secret-123","displayName":"重名","roles":["REP"]}
				"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("用户名“REP1”已被占用，请换一个"))
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void putsOnlyRepsIntoTeams() throws Exception {
		this.mvc.perform(json(post("/api/v1/users"), """
				{"username":"%s","password":"secret-123","displayName":"支持","roles":["SUPPORT"],"teamId":%d}
				""".formatted(TeamTestSupport.unique("sup"), teamIdOf("rep1"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("teamId"));
	}

	@Test
	void adminCannotDeactivateThemselvesOrDropTheirOwnAdminRole() throws Exception {
		long adminId = TeamTestSupport.userId(this.mvc, this.admin, "admin");
		this.mvc.perform(post("/api/v1/users/" + adminId + "/deactivate").header("Authorization", this.admin))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("不能停用自己的账户"));
		this.mvc.perform(json(put("/api/v1/users/" + adminId), """
				{"displayName":"系统管理员","roles":["DIRECTOR"]}
				"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
		this.mvc.perform(get("/api/v1/users/" + adminId).header("Authorization", this.admin))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("ADMIN")))
			.andExpect(jsonPath("$.active").value(true));
	}

	@Test
	void answersNotFoundForUnknownUser() throws Exception {
		this.mvc.perform(get("/api/v1/users/999999999").header("Authorization", this.admin))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("未找到该用户，或者您无权查看。"));
		this.mvc.perform(json(put("/api/v1/users/999999999"), """
				{"displayName":"x","roles":["REP"]}
				""")).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/users/999999999/activate").header("Authorization", this.admin))
			.andExpect(status().isNotFound());
	}

	@Test
	void neverExposesPasswordHashes() throws Exception {
		this.mvc.perform(get("/api/v1/users").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("$2a$"))))
			.andExpect(content().string(not(containsString("password"))));
	}

	private long teamIdOf(String username) throws Exception {
		long id = TeamTestSupport.userId(this.mvc, this.admin, username);
		String body = this.mvc.perform(get("/api/v1/users/" + id).header("Authorization", this.admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.teamId")).longValue();
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.header("Authorization", this.admin).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
