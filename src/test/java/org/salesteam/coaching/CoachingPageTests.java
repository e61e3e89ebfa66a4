package org.salesteam.coaching;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coaching pages on the demo: each manager's coaching calendar lists the sessions
 * with their team (with Chinese debriefs), a rep opens their own session but not
 * another's, the self-test pages and the heatmap's chart.
 */
@IntegrationTest
class CoachingPageTests {

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

	private long demoSessionOf(String rep) {
		return this.jdbc.sql("""
				select s.id from coaching_session s join app_user u on u.id = s.rep_id
				where u.username = :rep and s.step = 'DONE' order by s.id fetch first 1 rows only""")
			.param("rep", rep)
			.query(Long.class)
			.single();
	}

	@Test
	void everyManagerHasCoachedInTheDemo() {
		for (String manager : new String[] { "manager1", "manager2", "manager3" }) {
			long done = this.jdbc.sql("""
					select count(distinct s.rep_id) from coaching_session s join app_user u on u.id = s.coach_id
					where u.username = :m and s.step = 'DONE' and s.feelings is not null""")
				.param("m", manager)
				.query(Long.class)
				.single();
			assertThat(done).as(manager).isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void aManagersCalendarAndARepsOwnSession() throws Exception {
		String calendar = this.mvc.perform(get("/coaching?lang=zh-CN").session(session("manager1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(calendar).contains("培训与辅导", "id=\"sessions\"", "id=\"newSessionForm\"");
		long own = demoSessionOf("rep1");
		String page = this.mvc.perform(get("/coaching/" + own + "?lang=zh-CN").session(session("rep1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("第一阶段：你对这次访问有什么感受", "已完成");
		this.mvc.perform(get("/coaching/" + own).session(session("rep2"))).andExpect(status().isNotFound());
	}

	@Test
	void theSelfTestPagesAndTheHeatmap() throws Exception {
		MockHttpSession manager = session("manager1");
		this.mvc.perform(get("/self-tests").session(manager)).andExpect(status().isOk());
		String chart = this.mvc.perform(get("/self-tests/heatmap/chart").session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(chart).contains("heatmap");
		this.mvc.perform(get("/self-tests/rep3?lang=zh-CN").session(manager)).andExpect(status().isOk());
		this.mvc.perform(get("/self-tests/rep3").session(session("rep1"))).andExpect(status().isNotFound());
	}

}
