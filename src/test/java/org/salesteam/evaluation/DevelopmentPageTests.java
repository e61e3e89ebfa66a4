package org.salesteam.evaluation;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

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
 * The review, plan and 9-box pages on the demo company: the manager writes and shares a
 * review of 刘洋 on his page, 刘洋 acknowledges it on his own and sees his plan's three
 * columns; another rep gets a 404, a rep the 9-box's 403; the director sees Arlene in the
 * 9-box.
 */
@IntegrationTest
class DevelopmentPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private MockHttpSession session(String user) throws Exception {
		return new EvaluationCalls(this.mvc, this.jdbc).session(user);
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return new EvaluationCalls(this.mvc, this.jdbc).page(session, path);
	}

	private String managerOf(String rep) {
		return new EvaluationCalls(this.mvc, this.jdbc).managerOf(rep);
	}

	@Test
	void theManagerWritesAndSharesAndTheRepAcknowledges() throws Exception {
		MockHttpSession manager = session(managerOf("rep3"));
		String form = page(manager, "/evaluation/scorecards/rep3/reviews?lang=zh-CN");
		assertThat(form).contains("reviewForm", "取自数据", "是否愿意到其它地方工作");
		this.mvc
			.perform(post("/evaluation/scorecards/rep3/reviews").session(manager)
				.with(csrf())
				.param("strengths", "页面写的强项：老客户维护")
				.param("weaknesses", "毛利偏低")
				.param("futureCandidate", "true")
				.param("candidateWhen", "ONE_YEAR")
				.param("meetingOn", "2030-01-15")
				.param("action", "share"))
			.andExpect(status().isSeeOther());
		Long id = this.jdbc.sql("select max(id) from potential_review where strengths = '页面写的强项：老客户维护'")
			.query(Long.class)
			.single();
		MockHttpSession rep = session("rep3");
		String own = page(rep, "/evaluation/scorecards/rep3/reviews?lang=zh-CN");
		assertThat(own).contains("页面写的强项：老客户维护", "review-" + id, "确认已阅").doesNotContain("reviewForm");
		this.mvc
			.perform(post("/evaluation/scorecards/rep3/reviews/" + id + "/acknowledge").session(rep)
				.with(csrf())
				.param("comment", "收到，按计划改进"))
			.andExpect(status().isSeeOther());
		assertThat(this.jdbc.sql("select status from potential_review where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("ACKNOWLEDGED");
		assertThat(page(rep, "/evaluation/scorecards/rep3/plans?lang=zh-CN")).contains("销售代表自己做", "经理协助", "公司支持",
				"提高毛利、开发新客户");
		MockHttpSession other = session("rep1");
		this.mvc.perform(get("/evaluation/scorecards/rep3/reviews").session(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluation/scorecards/rep3/plans").session(other)).andExpect(status().isNotFound());
	}

	@Test
	void theNineBoxIsForManagersAndDirectors() throws Exception {
		String grid = page(session("director"), "/evaluation/nine-box?lang=zh-CN");
		assertThat(grid).contains("人才九宫格", "data-username=\"rep7\"", "校准");
		assertThat(page(session(managerOf("rep3")), "/evaluation/nine-box")).contains("data-username=\"rep3\"");
		this.mvc.perform(get("/evaluation/nine-box").session(session("rep3"))).andExpect(status().isForbidden());
		assertThat(page(session(managerOf("rep3")), "/evaluation/plans?lang=en")).contains("follow-ups due");
	}

}
