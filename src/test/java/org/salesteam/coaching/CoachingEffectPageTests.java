package org.salesteam.coaching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.coaching.internal.CoachingEffect;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coaching effect on a page (ADR 0045, 0054): the demo tells a believable story —
 * over the company's sessions the coached reps did modestly better than their uncoached
 * teammates on most KPIs, each manager's effect resting on five sessions or more — the
 * page shows the API's effect (growth in points) with the sessions it rests on (zh-CN and
 * en), the chart has one pair of bars per session, a per-cent KPI compares points, a rep
 * is sent back to the calendar, and an unknown KPI is 422.
 */
@IntegrationTest
class CoachingEffectPageTests {

	@Autowired
	MockMvc mvc;

	private MockHttpSession session(String user) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private String effect(String user, String kpi) throws Exception {
		return this.mvc
			.perform(get("/api/v1/coaching-effect").param("kpi", kpi)
				.header("Authorization", Tokens.bearer(this.mvc, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The demo's story (ADR 0054: the coached visits are chosen from the data, nobody's
	 * orders are moved): over the company's sessions the coached reps did modestly better
	 * than their uncoached teammates — sales grew more, by less than 30 points — and most
	 * of the page's eight KPIs went the good way; each manager's effect rests on at least
	 * five sessions and is the mean of the rows' rep change minus peer change, and at
	 * least two of the three managers see their coaching lift sales.
	 */
	@Test
	void theDemoCoachingLiftedMostKpisModestlyAgainstTheUncoachedTeammates() throws Exception {
		String company = effect("director", "SALES");
		assertThat(JsonPath.<Integer>read(company, "$.sessions")).isGreaterThanOrEqualTo(15);
		BigDecimal sales = new BigDecimal(JsonPath.read(company, "$.effect").toString());
		assertThat(sales).isPositive().isLessThan(new BigDecimal("0.30"));
		int goodWay = 0;
		for (String kpi : CoachingEffect.CHOICES) {
			String body = effect("director", kpi);
			Object effect = JsonPath.read(body, "$.effect");
			boolean higherIsBetter = JsonPath.read(body, "$.higherIsBetter");
			if (effect != null && new BigDecimal(effect.toString()).signum() == (higherIsBetter ? 1 : -1)) {
				goodWay++;
			}
		}
		assertThat(goodWay).as("KPIs of 8 that went the good way").isGreaterThanOrEqualTo(5);
		int managersUp = 0;
		for (String manager : List.of("manager1", "manager2", "manager3")) {
			String body = effect(manager, "SALES");
			assertThat(JsonPath.<Integer>read(body, "$.sessions")).as(manager).isGreaterThanOrEqualTo(5);
			if (new BigDecimal(JsonPath.read(body, "$.effect").toString()).signum() > 0) {
				managersUp++;
			}
			// the effect is the mean of the rows' rep change minus peer change
			List<Map<String, Object>> rows = JsonPath.read(body, "$.rows");
			BigDecimal sum = BigDecimal.ZERO;
			int counted = 0;
			for (Map<String, Object> row : rows) {
				if (row.get("effect") != null) {
					BigDecimal difference = new BigDecimal(row.get("repChange").toString())
						.subtract(new BigDecimal(row.get("peerChange").toString()));
					assertThat(new BigDecimal(row.get("effect").toString())).isEqualByComparingTo(difference);
					sum = sum.add(difference);
					counted++;
				}
			}
			assertThat(new BigDecimal(JsonPath.read(body, "$.effect").toString()).doubleValue()).as(manager)
				.isCloseTo(sum.doubleValue() / counted, org.assertj.core.data.Offset.offset(0.000001));
		}
		// manager3's one uncoached rep grew strongly all summer, so that team may read a
		// loss (ADR 0054); the other two managers' coaching shows
		assertThat(managersUp).isGreaterThanOrEqualTo(2);
	}

	@Test
	void thePageShowsTheEffectWithTheSessionsItRestsOn() throws Exception {
		String body = effect("manager1", "SALES");
		int sessions = JsonPath.read(body, "$.sessions");
		List<Map<String, Object>> rows = JsonPath.read(body, "$.rows");
		MockHttpSession manager = session("manager1");
		String page = this.mvc.perform(get("/coaching/effect").param("lang", "zh-CN").session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String points = String.format(java.util.Locale.ROOT, "%+.1f",
				new BigDecimal(JsonPath.read(body, "$.effect").toString()).movePointRight(2)
					.setScale(1, java.math.RoundingMode.HALF_UP));
		assertThat(page).contains("辅导效果", "基于 " + sessions + " 次辅导", points + " 个百分点", "比较的是增长率",
				"effect-" + rows.get(0).get("sessionId"));
		String english = this.mvc.perform(get("/coaching/effect").param("lang", "en").session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Coaching effect", "Rests on " + sessions + " sessions");
		this.mvc.perform(get("/coaching/effect/chart").param("kpi", "SALES").session(manager))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.series.length()").value(3))
			.andExpect(jsonPath("$.xAxis.data.length()").value(rows.size()));
		String margin = this.mvc
			.perform(get("/coaching/effect").param("kpi", "MARGIN_RATE").param("lang", "zh-CN").session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(margin).contains("比较的是百分点");
		this.mvc.perform(get("/coaching/effect").session(session("rep1")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/coaching"));
		this.mvc
			.perform(get("/api/v1/coaching-effect").param("kpi", "NO_SUCH_KPI")
				.header("Authorization", Tokens.bearer(this.mvc, "manager1")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kpi"));
	}

}
