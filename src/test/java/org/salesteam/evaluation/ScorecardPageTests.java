package org.salesteam.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 团队发展 pages and the export under the same rights as the API: a manager's start page
 * is their team's table with rep3's flags leading to his scorecard and its evidence; a
 * rep lands on their own scorecard and cannot open another's or the export; support staff
 * are refused.
 */
@IntegrationTest
class ScorecardPageTests {

	private static final int LAST_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private MockHttpSession session(String user) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private long teamOf(String manager) {
		return this.jdbc
			.sql("select t.id from sales_team t join app_user u on u.id = t.manager_id where u.username = :m")
			.param("m", manager)
			.query(Long.class)
			.single();
	}

	@Test
	void aManagerFollowsJoeMartinsFlagToItsEvidence() throws Exception {
		MockHttpSession manager = session("manager1");
		this.mvc.perform(get("/evaluation").session(manager))
			.andExpect(redirectedUrl("/evaluation/scorecards?scope=team:" + teamOf("manager1")));
		String table = this.mvc
			.perform(get("/evaluation/scorecards?scope=team:" + teamOf("manager1") + "&lang=zh-CN").session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(table).contains("刘洋", "重销量轻利润", "不开发新客户", "/evaluation/scorecards/rep3?year=" + LAST_YEAR)
			.doesNotContain("周敏");
		String person = this.mvc.perform(get("/evaluation/scorecards/rep3?lang=zh-CN").session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(person).contains("flag-VOLUME_OVER_MARGIN", "/orders?ownerId=", "/visits?repId=", "同岗位中位数");
	}

	@Test
	void aRepSeesOnlyTheirOwnScorecardOnPagesAndExport() throws Exception {
		MockHttpSession rep = session("rep1");
		this.mvc.perform(get("/evaluation").session(rep)).andExpect(redirectedUrl("/evaluation/scorecards/rep1"));
		this.mvc.perform(get("/evaluation/scorecards/rep1").session(rep)).andExpect(status().isOk());
		this.mvc.perform(get("/evaluation/scorecards/rep2").session(rep)).andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluation/scorecards?scope=company").session(rep)).andExpect(status().isForbidden());
		this.mvc.perform(get("/evaluation/scorecards.xlsx?scope=company&year=" + LAST_YEAR).session(rep))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/evaluation").session(session("support1"))).andExpect(status().isForbidden());
	}

	@Test
	void theTeamScorecardExportsToExcel() throws Exception {
		byte[] file = this.mvc
			.perform(get("/evaluation/scorecards.xlsx?scope=team:" + teamOf("manager1") + "&year=" + LAST_YEAR)
				.session(session("manager1")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(file))) {
			org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(5);
			boolean rep3 = false;
			for (int r = 1; r <= 5; r++) {
				rep3 |= "刘洋".equals(sheet.getRow(r).getCell(1).getStringCellValue());
			}
			assertThat(rep3).isTrue();
		}
	}

}
