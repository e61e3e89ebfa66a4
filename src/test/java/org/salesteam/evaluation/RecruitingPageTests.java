package org.salesteam.evaluation;

import org.junit.jupiter.api.Test;
import org.salesteam.evaluation.internal.Trait;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recruiting pages on the demo company: the manager sees the profile of the best, the
 * pipeline and 张伟's interviews with the two traits to discuss; a second manager's
 * interview through the form is stored; reps and support staff get 403.
 */
@IntegrationTest
class RecruitingPageTests {

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

	@Test
	void theManagerReadsThePipelineAndInterviewsThroughTheForm() throws Exception {
		MockHttpSession manager = session("manager1");
		assertThat(page(manager, "/evaluation/recruiting?lang=zh-CN")).contains("我们最好的销售人员", "张伟", "王磊", "已发录用通知",
				"candidateForm");
		assertThat(page(manager, "/evaluation/recruiting?lang=en")).contains("Our best salespeople", "Offered");
		long zhang = this.jdbc.sql("select id from recruit_candidate where full_name = '张伟'")
			.query(Long.class)
			.single();
		// the demo: manager1 and the director differ by 2 on HUMOUR (2 / 4) and
		// REHEARSES (5 / 3)
		String candidate = page(manager, "/evaluation/recruiting/candidates/" + zhang + "?lang=zh-CN");
		assertThat(candidate).contains("很强的幽默感", "分歧≥2，需讨论", "decisionForm").doesNotContain("interviewForm");
		assertThat(candidate.split("class=\"badge text-bg-warning discuss\"", -1)).hasSize(3);

		// manager2 has not interviewed 张伟 yet: the form, then a third interview
		MockHttpSession other = session("manager2");
		assertThat(page(other, "/evaluation/recruiting/candidates/" + zhang)).contains("interviewForm");
		MockHttpServletRequestBuilder form = post("/evaluation/recruiting/candidates/" + zhang + "/interviews")
			.session(other)
			.with(csrf())
			.param("basicQualities", "适合做销售");
		for (Trait trait : Trait.values()) {
			form.param("score_" + trait.name(), "3").param("evidence_" + trait.name(), "面试中的例子");
		}
		this.mvc.perform(form).andExpect(status().isSeeOther());
		assertThat(this.jdbc.sql("select count(*) from recruit_interview where candidate_id = :id")
			.param("id", zhang)
			.query(Integer.class)
			.single()).isEqualTo(3);

		for (String refused : new String[] { "rep1", "support1" }) {
			MockHttpSession s = session(refused);
			this.mvc.perform(get("/evaluation/recruiting").session(s)).andExpect(status().isForbidden());
			this.mvc.perform(get("/evaluation/recruiting/candidates/" + zhang).session(s))
				.andExpect(status().isForbidden());
		}
	}

}
