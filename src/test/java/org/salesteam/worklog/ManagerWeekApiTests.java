package org.salesteam.worklog;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The manager's week and self-assessments: written by the manager for themselves, read by
 * directors, refused to reps, invisible (404) to another manager.
 */
@IntegrationTest
class ManagerWeekApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aManagerPlansTheWeekAndADirectorReadsIt() throws Exception {
		WorklogApi.put(this.mvc, "manager1", "/api/v1/manager-weeks/manager1/2019-W02", """
				{"goals":["回款完成 90%","  ","审阅访问安排"],
				 "tasks":{"SUPERIOR":["季度目标分解","重点客户计划"],"CUSTOMERS":["按期交货"],"OWN":["辅导 rep3"]},
				 "review":"大部分完成"}
				""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.planned").value(true))
			.andExpect(jsonPath("$.weekStart").value("2019-01-07"))
			.andExpect(jsonPath("$.goals", hasSize(2)));
		WorklogApi.get(this.mvc, "director", "/api/v1/manager-weeks/manager1/2019-W02")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[1]").value("审阅访问安排"))
			.andExpect(jsonPath("$.tasks.SUPERIOR", hasSize(2)))
			.andExpect(jsonPath("$.tasks.SUPERIOR[1]").value("重点客户计划"))
			.andExpect(jsonPath("$.tasks.OWN[0]").value("辅导 rep3"))
			.andExpect(jsonPath("$.review").value("大部分完成"));
		WorklogApi.get(this.mvc, "manager1", "/api/v1/manager-weeks/manager1/2019-W03")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.planned").value(false));
	}

	@Test
	void anotherManagerCannotReadOrWriteTheWeekAndRepsAreRefused() throws Exception {
		long before = WorklogApi.count(this.jdbc, "manager_week");
		WorklogApi.get(this.mvc, "manager2", "/api/v1/manager-weeks/manager1/2019-W10")
			.andExpect(status().isNotFound());
		WorklogApi.put(this.mvc, "manager2", "/api/v1/manager-weeks/manager1/2019-W10", "{\"goals\":[\"x\"]}")
			.andExpect(status().isNotFound());
		WorklogApi.put(this.mvc, "director", "/api/v1/manager-weeks/manager1/2019-W10", "{\"goals\":[\"x\"]}")
			.andExpect(status().isForbidden());
		WorklogApi.get(this.mvc, "rep1", "/api/v1/manager-weeks/manager1/2019-W10").andExpect(status().isForbidden());
		WorklogApi.put(this.mvc, "rep1", "/api/v1/manager-weeks/rep1/2019-W10", "{\"goals\":[\"x\"]}")
			.andExpect(status().isForbidden());
		WorklogApi.put(this.mvc, "manager1", "/api/v1/manager-weeks/manager1/2019-W60", "{\"goals\":[\"x\"]}")
			.andExpect(status().isUnprocessableContent());
		WorklogApi.put(this.mvc, "manager1", "/api/v1/manager-weeks/manager1/2019-W10", """
				{"tasks":{"OWN":["1","2","3","4","5","6"]}}
				""").andExpect(status().isBadRequest());
		assertThat(WorklogApi.count(this.jdbc, "manager_week")).isEqualTo(before);
	}

	@Test
	void aSelfAssessmentAveragesTheStepsAndTheSkillsSeparately() throws Exception {
		// steps: 优 4 + 良 3 + 差 1 = 8 / 3 = 2.67; skills: 普通 2 + 良 3 = 5 / 2 = 2.50
		WorklogApi.post(this.mvc, "manager3", "/api/v1/self-assessments", """
				{"assessedOn":"2019-05-06","ratings":{"STEP_1":"EXCELLENT","STEP_2":"GOOD","STEP_6":"POOR",
				 "SKILL_1":"FAIR","SKILL_20":"GOOD"},"note":"信用管理要加强"}
				""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stepScore").value(2.67))
			.andExpect(jsonPath("$.skillScore").value(2.5));
		WorklogApi.get(this.mvc, "director", "/api/v1/self-assessments?username=manager3")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].assessedOn").value("2019-05-06"))
			.andExpect(jsonPath("$[0].ratings.STEP_6").value("POOR"));
		WorklogApi.get(this.mvc, "manager1", "/api/v1/self-assessments?username=manager3")
			.andExpect(status().isNotFound());
		WorklogApi.post(this.mvc, "rep1", "/api/v1/self-assessments", "{\"ratings\":{\"STEP_1\":\"GOOD\"}}")
			.andExpect(status().isForbidden());
		WorklogApi.post(this.mvc, "manager3", "/api/v1/self-assessments", "{\"ratings\":{}}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void theDemoManager1RatesHimselfBetterOverTime() throws Exception {
		String body = WorklogApi.get(this.mvc, "manager1", "/api/v1/self-assessments")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<Number> skills = com.jayway.jsonpath.JsonPath.read(body, "$[*].skillScore");
		assertThat(skills).hasSizeGreaterThanOrEqualTo(8);
		assertThat(skills.get(skills.size() - 1).doubleValue()).isGreaterThan(skills.get(0).doubleValue() + 1);
	}

}
