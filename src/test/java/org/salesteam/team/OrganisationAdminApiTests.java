package org.salesteam.team;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Teams, territories and market segments through the admin API. */
@IntegrationTest
class OrganisationAdminApiTests {

	@Autowired
	MockMvc mvc;

	String admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = TeamTestSupport.adminBearer(this.mvc);
	}

	@Test
	void createsTeamAndMovesRepsBetweenTeams() throws Exception {
		long manager = TeamTestSupport.createUser(this.mvc, this.admin, TeamTestSupport.unique("mgr"), "[\"MANAGER\"]");
		long repA = TeamTestSupport.createUser(this.mvc, this.admin, TeamTestSupport.unique("rep"), "[\"REP\"]");
		long repB = TeamTestSupport.createUser(this.mvc, this.admin, TeamTestSupport.unique("rep"), "[\"REP\"]");
		long first = createTeam(TeamTestSupport.unique("西北部"), manager);
		long second = createTeam(TeamTestSupport.unique("西南部"), manager);

		this.mvc.perform(json(put("/api/v1/teams/" + first + "/members"), "{\"repIds\":[%d,%d]}".formatted(repA, repB)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.memberIds", containsInAnyOrder((int) repA, (int) repB)));
		this.mvc.perform(json(put("/api/v1/teams/" + second + "/members"), "{\"repIds\":[%d]}".formatted(repB)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.memberIds", contains((int) repB)));

		this.mvc.perform(get("/api/v1/teams/" + first).header("Authorization", this.admin))
			.andExpect(jsonPath("$.memberIds", contains((int) repA)));
		this.mvc.perform(get("/api/v1/users/" + repB).header("Authorization", this.admin))
			.andExpect(jsonPath("$.teamId").value(second));
	}

	@Test
	void updatesAndDeactivatesTeam() throws Exception {
		long manager = TeamTestSupport.createUser(this.mvc, this.admin, TeamTestSupport.unique("mgr"), "[\"MANAGER\"]");
		long team = createTeam(TeamTestSupport.unique("华北部"), manager);
		String renamed = TeamTestSupport.unique("华北大区");
		this.mvc.perform(json(put("/api/v1/teams/" + team), """
				{"name":"%s","managerId":%d}
				""".formatted(renamed, manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(renamed));
		this.mvc.perform(post("/api/v1/teams/" + team + "/deactivate").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		this.mvc.perform(get("/api/v1/teams").header("Authorization", this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == '" + renamed + "')].active", contains(false)));
	}

	@Test
	void refusesTeamLedByNonManagerOrWithTakenName() throws Exception {
		long rep = TeamTestSupport.createUser(this.mvc, this.admin, TeamTestSupport.unique("rep"), "[\"REP\"]");
		this.mvc
			.perform(json(post("/api/v1/teams"),
					"{\"name\":\"%s\",\"managerId\":%d}".formatted(TeamTestSupport.unique("队"), rep)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("managerId"));
		long manager = TeamTestSupport.userId(this.mvc, this.admin, "manager1");
		this.mvc.perform(json(post("/api/v1/teams"), "{\"name\":\"华东一部\",\"managerId\":%d}".formatted(manager)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("团队名称“华东一部”已存在"))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		this.mvc.perform(json(post("/api/v1/teams"), "{\"name\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "managerId")));
	}

	@Test
	void refusesNonRepsAsTeamMembers() throws Exception {
		long manager = TeamTestSupport.userId(this.mvc, this.admin, "manager2");
		long team = createTeam(TeamTestSupport.unique("东北部"), manager);
		this.mvc.perform(json(put("/api/v1/teams/" + team + "/members"), "{\"repIds\":[%d]}".formatted(manager)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("repIds"));
		this.mvc.perform(json(put("/api/v1/teams/" + team + "/members"), "{\"repIds\":[null]}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(json(put("/api/v1/teams/999999999/members"), "{\"repIds\":[]}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void managesTerritoryTreeWithoutCycles() throws Exception {
		String regionCode = TeamTestSupport.unique("NW").toUpperCase();
		long region = createTerritory(regionCode, "西北大区", null);
		long province = createTerritory(TeamTestSupport.unique("SX").toUpperCase(), "陕西", region);
		this.mvc.perform(get("/api/v1/territories/" + province).header("Authorization", this.admin))
			.andExpect(jsonPath("$.parentId").value(region));

		this.mvc
			.perform(json(put("/api/v1/territories/" + region),
					"{\"name\":\"西北大区\",\"parentId\":%d}".formatted(province)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.detail").value("上级区域不能是它自己或它的下级区域"));
		this.mvc.perform(json(put("/api/v1/territories/" + region), "{\"name\":\"大西北\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("大西北"))
			.andExpect(jsonPath("$.code").value(regionCode));
		this.mvc.perform(post("/api/v1/territories/" + province + "/deactivate").header("Authorization", this.admin))
			.andExpect(jsonPath("$.active").value(false));
		this.mvc.perform(post("/api/v1/territories/" + province + "/activate").header("Authorization", this.admin))
			.andExpect(jsonPath("$.active").value(true));
	}

	@Test
	void refusesBadOrDuplicateTerritoryCodes() throws Exception {
		this.mvc.perform(json(post("/api/v1/territories"), "{\"code\":\"sh lower\",\"name\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "name")));
		this.mvc.perform(json(post("/api/v1/territories"), "{\"code\":\"SH\",\"name\":\"上海二\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("区域编码“SH”已存在"));
		this.mvc
			.perform(json(post("/api/v1/territories"),
					"{\"code\":\"%s\",\"name\":\"孤岛\",\"parentId\":999999999}"
						.formatted(TeamTestSupport.unique("X").toUpperCase())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		this.mvc.perform(get("/api/v1/territories/999999999").header("Authorization", this.admin))
			.andExpect(status().isNotFound());
	}

	@Test
	void managesMarketSegments() throws Exception {
		String code = TeamTestSupport.unique("EDU").toUpperCase();
		String body = this.mvc.perform(json(post("/api/v1/segments"), """
				{"code":"%s","name":"教育培训印刷","industry":"教育","enterpriseType":"事业单位"}
				""".formatted(code)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		this.mvc.perform(json(put("/api/v1/segments/" + id), """
				{"name":"教材教辅印刷","industry":"教育","enterpriseType":""}
				"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("教材教辅印刷"))
			.andExpect(jsonPath("$.enterpriseType").doesNotExist());
		this.mvc.perform(post("/api/v1/segments/" + id + "/deactivate").header("Authorization", this.admin))
			.andExpect(jsonPath("$.active").value(false));
		this.mvc.perform(get("/api/v1/segments").header("Authorization", this.admin))
			.andExpect(jsonPath("$[*].code", hasItem(code)));
		this.mvc.perform(json(post("/api/v1/segments"), "{\"code\":\"PKG-FOOD\",\"name\":\"重复\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		this.mvc.perform(json(post("/api/v1/segments"), "{\"code\":\"\",\"name\":\"无编码\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("code")));
		this.mvc.perform(get("/api/v1/segments/999999999").header("Authorization", this.admin))
			.andExpect(status().isNotFound());
	}

	@Test
	void answersInEnglishWhenAsked() throws Exception {
		this.mvc
			.perform(json(post("/api/v1/segments"), "{\"code\":\"PKG-FOOD\",\"name\":\"dup\"}")
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("The segment code \"PKG-FOOD\" already exists"));
	}

	private long createTeam(String name, long managerId) throws Exception {
		return TeamTestSupport.idOf(this.mvc
			.perform(json(post("/api/v1/teams"), "{\"name\":\"%s\",\"managerId\":%d}".formatted(name, managerId)))
			.andExpect(status().isCreated())
			.andReturn());
	}

	private long createTerritory(String code, String name, Long parentId) throws Exception {
		return TeamTestSupport.idOf(this.mvc
			.perform(json(post("/api/v1/territories"),
					"{\"code\":\"%s\",\"name\":\"%s\",\"parentId\":%s}".formatted(code, name, parentId)))
			.andExpect(status().isCreated())
			.andReturn());
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.header("Authorization", this.admin).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
