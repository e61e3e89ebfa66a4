package org.salesteam.motivation;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contest pages: a manager designs a contest, checks its fairness and sees the
 * leaderboard; a rep in the demo's running contest sees their own position; the office
 * screen and the evaluation of last quarter's contest.
 */
@IntegrationTest
class ContestPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private MockHttpSession session(String user) throws Exception {
		return SignIn.as(this.mvc, user);
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long contest(String name) {
		return this.jdbc.sql("select id from contest where name = :n").param("n", name).query(Long.class).single();
	}

	@Test
	void aManagerDesignsAContestAndChecksItsFairness() throws Exception {
		MockHttpSession manager = session("manager1");
		assertThat(page(manager, "/contests?lang=zh-CN")).contains("销售竞赛", "年末服务与销售联动赛", "newContest");
		assertThat(page(manager, "/contests/new?lang=zh-CN")).contains("contestForm", "只设一个获奖名额");
		// a broken rule shows on its field
		String broken = this.mvc
			.perform(post("/contests").session(manager)
				.with(csrf())
				.param("name", "")
				.param("kpiCode", "SALES")
				.param("from", "2031-09-01")
				.param("to", "2031-09-28")
				.param("scoring", "BRACKETED")
				.param("prizeMode", "TOP_N")
				.param("topN", "3")
				.param("usernames", "rep1,rep2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(broken).contains("is-invalid", "请填写竞赛名称");
		String location = this.mvc
			.perform(post("/contests").session(manager)
				.with(csrf())
				.param("name", "九月新客户赛")
				.param("kpiCode", "SALES")
				.param("from", "2031-09-01")
				.param("to", "2031-09-28")
				.param("scoring", "BRACKETED")
				.param("prizeMode", "TOP_N")
				.param("topN", "3")
				.param("usernames", "rep1,rep2")
				.param("committee", "manager1,director"))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long id = contest("九月新客户赛");
		assertThat(location).endsWith("/contests/" + id);
		assertThat(page(manager, "/contests/" + id + "?lang=zh-CN")).contains("runFairness", "startContest",
				"leaderboard");
		String checked = this.mvc
			.perform(post("/contests/" + id + "/fairness?lang=zh-CN").session(manager).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(checked).contains("fairnessVerdict", "check-SUPPORT_FORGOTTEN", "支持人员没有参与");
		assertThat(page(manager, "/contests/" + id + "/board?lang=zh-CN")).contains("row-rep1", "row-rep2", "草稿预览");
	}

	@Test
	void aRepSeesTheirOwnPositionInTheRunningContestWithSupportStaff() throws Exception {
		long running = contest("年末服务与销售联动赛");
		MockHttpSession rep = session("rep1");
		String board = page(rep, "/contests/" + running + "/board?lang=zh-CN");
		assertThat(board).contains("myPosition", "row-rep1", "table-primary", "支持人员");
		assertThat(page(rep, "/contests/" + running + "/tv?lang=zh-CN")).contains("tvBoard", "row-rep1");
		assertThat(page(session("support2"), "/contests/" + running + "/board?lang=en")).contains("row-support2",
				"My position");
	}

	@Test
	void lastQuartersContestsHaveTheirEvaluation() throws Exception {
		MockHttpSession director = session("director");
		for (String name : new String[] { "上季度分组冲刺赛", "季末冲量赛" }) {
			String page = page(director, "/contests/" + contest(name) + "/evaluation?lang=en");
			assertThat(page).contains("Pre-dip", "Lift", "Post-dip", "id=\"verdict\"", "end-loading");
			// the control group (ADR 0046, 0053): the last team sat out the worked
			// contest
			// and is its baseline; the push took everyone
			if (name.equals("上季度分组冲刺赛")) {
				assertThat(page).contains("Net of control", "id=\"netOfControl-DURING\"", "Control group: the",
						"Baseline: control group");
			}
			else {
				assertThat(page).contains("no control group", "Baseline: company trend")
					.doesNotContain("Net of control");
			}
			// ratios are rounded before they are formatted: a tiny negative is 0.0 %, not
			// -0.0 %
			assertThat(page).doesNotContain("-0.0%");
		}
	}

}
