package org.salesteam.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scorecards through the API on the demo company: the seeded templates and their rules,
 * the metric values equal to the KPI API's, who sees which scorecards, and the Joe Martin
 * check on last year (a closed year with approved goals): rep3 flagged for volume over
 * margin and no new business, rep7 credited with long-term value.
 */
@IntegrationTest
class ScorecardApiTests {

	private static final int LAST_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;

	private static final String PERIOD = "from=" + LAST_YEAR + "-01-01&to=" + LAST_YEAR + "-12-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private ResultActions call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private String read(String user, String path) throws Exception {
		return call(user, get(path), null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long teamOf(String manager) {
		return this.jdbc
			.sql("select t.id from sales_team t join app_user u on u.id = t.manager_id where u.username = :m")
			.param("m", manager)
			.query(Long.class)
			.single();
	}

	@Test
	void theRepTemplateIsTheHandbooksAndTheManagersIsDifferent() throws Exception {
		call("rep1", get("/api/v1/scorecard-templates/REP"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("REP"))
			.andExpect(jsonPath("$.metrics[*].code")
				.value(org.hamcrest.Matchers.contains("SALES_VS_GOAL", "PROFIT", "NEW_CUSTOMERS",
						"NEW_CUSTOMER_CONVERSION", "RETENTION_RATE", "VISITS_PER_DAY", "PROSPECT_VISIT_SHARE",
						"SALES_COST_RATIO", "COMPLAINTS_RESOLVED", "RECEIVABLES_COLLECTED", "DEVELOPMENT_ITEMS_DONE")))
			.andExpect(jsonPath("$.metrics[*].weight")
				.value(org.hamcrest.Matchers.contains(20, 20, 10, 5, 10, 5, 5, 10, 5, 5, 5)))
			.andExpect(jsonPath("$.metrics[7].lowerIsBetter").value(true))
			.andExpect(jsonPath("$.metrics[0].lowerIsBetter").value(false));
		call("director", get("/api/v1/scorecard-templates/manager?on=2025-12-31"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.metrics[*].code").value(org.hamcrest.Matchers.contains("TEAM_MEDIAN_SCORE",
					"SALES_VS_GOAL", "RETENTION_RATE", "SCHEDULES_REVIEWED_ON_TIME", "TIME_SPLIT_FIT")));
		// from 2026 with coaching coverage (issue 16, V186)
		call("director", get("/api/v1/scorecard-templates/manager?on=2026-01-01"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.metrics[*].code")
				.value(org.hamcrest.Matchers.contains("TEAM_MEDIAN_SCORE", "SALES_VS_GOAL", "RETENTION_RATE",
						"SCHEDULES_REVIEWED_ON_TIME", "TIME_SPLIT_FIT", "COACHING_COVERAGE")))
			.andExpect(jsonPath("$.metrics[*].weight").value(org.hamcrest.Matchers.contains(30, 25, 15, 10, 10, 10)));
	}

	@Test
	void templatesAreSetByDirectorsWithWeightsOfOneHundredAndAudited() throws Exception {
		String ninety = """
				{"validFrom":"2031-01-01","metrics":[{"code":"SALES","weight":50},{"code":"PROFIT","weight":40}]}""";
		call("director", put("/api/v1/scorecard-templates/REP"), ninety).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("metrics"));
		call("director", put("/api/v1/scorecard-templates/REP"), """
				{"validFrom":"2031-01-01","metrics":[{"code":"NO_SUCH_KPI","weight":100}]}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("metrics[0].code"));
		call("director", put("/api/v1/scorecard-templates/REP"), """
				{"validFrom":"2031-01-01","metrics":[{"code":"TEAM_MEDIAN_SCORE","weight":100}]}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("metrics[0].code"));
		String valid = """
				{"validFrom":"2031-01-01","metrics":[{"code":"SALES","weight":60},{"code":"MARGIN_RATE","weight":40}]}""";
		call("manager1", put("/api/v1/scorecard-templates/REP"), valid).andExpect(status().isForbidden());
		call("director", put("/api/v1/scorecard-templates/REP"), valid).andExpect(status().isOk())
			.andExpect(jsonPath("$.validFrom").value("2031-01-01"));
		call("rep1", get("/api/v1/scorecard-templates/REP?on=2031-06-30"), null)
			.andExpect(jsonPath("$.metrics[*].code").value(org.hamcrest.Matchers.contains("SALES", "MARGIN_RATE")));
		call("rep1", get("/api/v1/scorecard-templates/REP?on=2030-12-31"), null)
			.andExpect(jsonPath("$.metrics.length()").value(11));
		Integer audited = this.jdbc
			.sql("""
					select count(*) from audit_event e join scorecard_template t on cast(t.id as varchar(100)) = e.entity_id
					where e.entity_type = 'scorecardTemplate' and t.valid_from = date '2031-01-01' and e.username = 'director'""")
			.query(Integer.class)
			.single();
		assertThat(audited).isEqualTo(1);
	}

	@Test
	void theMetricValuesAreTheKpiEnginesForTheSamePeriod() throws Exception {
		String card = read("rep1", "/api/v1/scorecards/rep1?" + PERIOD);
		String kpis = read("rep1", "/api/v1/kpis?scope=rep:rep1&" + PERIOD);
		List<Map<String, Object>> metrics = JsonPath.read(card, "$.metrics");
		int compared = 0;
		for (Map<String, Object> metric : metrics) {
			List<Object> same = JsonPath.read(kpis, "$.kpis[?(@.code == '" + metric.get("code") + "')].value");
			if (!same.isEmpty()) {
				compared++;
				Object expected = same.get(0);
				Object actual = metric.get("value");
				if (expected == null) {
					assertThat(actual).as(metric.get("code").toString()).isNull();
				}
				else {
					assertThat(new BigDecimal(actual.toString())).as(metric.get("code").toString())
						.isEqualByComparingTo(new BigDecimal(expected.toString()));
				}
			}
		}
		assertThat(compared).isEqualTo(10);
		assertThat((List<?>) JsonPath.read(card, "$.trend")).hasSize(4);
		assertThat((String) JsonPath.read(card, "$.trend[3].from")).isEqualTo(LAST_YEAR + "-01-01");
	}

	@Test
	void potentialCaptureIsSalesOverTheProRatedPotentialOfTheRepsCustomers() throws Exception {
		String card = read("rep1", "/api/v1/scorecards/rep1?" + PERIOD);
		String kpis = read("rep1", "/api/v1/kpis?scope=rep:rep1&codes=SALES&" + PERIOD);
		BigDecimal sales = new BigDecimal(JsonPath.read(kpis, "$.kpis[0].value").toString());
		// by hand: the annual potential of every customer rep1 owns, pro-rated to the
		// year's days (365 or 366), six decimals, then sales ÷ it to four
		BigDecimal potential = this.jdbc.sql(
				"select sum(c.potential) from customer c join app_user u on u.id = c.owner_id where u.username = 'rep1'")
			.query(BigDecimal.class)
			.single();
		int days = LocalDate.of(LAST_YEAR, 12, 31).getDayOfYear();
		BigDecimal proRated = potential.multiply(BigDecimal.valueOf(days))
			.divide(BigDecimal.valueOf(365), 6, RoundingMode.HALF_UP);
		assertThat(potential).isPositive();
		assertThat(new BigDecimal(JsonPath.read(card, "$.potentialCapture").toString()))
			.isEqualByComparingTo(sales.divide(proRated, 4, RoundingMode.HALF_UP));
	}

	@Test
	void joeMartinIsFlaggedAndArleneIsCredited() throws Exception {
		String table = read("director", "/api/v1/scorecards?scope=company&" + PERIOD);
		List<String> rep3 = JsonPath.read(table, "$.rows[?(@.username == 'rep3')].flags[*].code");
		assertThat(rep3).contains("VOLUME_OVER_MARGIN", "NO_NEW_BUSINESS");
		List<String> rep7 = JsonPath.read(table, "$.rows[?(@.username == 'rep7')].flags[*].code");
		assertThat(rep7).contains("LONG_TERM_VALUE");
		List<Number> salesVsGoal = JsonPath.read(table,
				"$.rows[?(@.username == 'rep3')].flags[?(@.code == 'VOLUME_OVER_MARGIN')].evidence.percentiles.SALES_VS_GOAL");
		assertThat(salesVsGoal.get(0).doubleValue()).isGreaterThanOrEqualTo(75);
		List<String> orders = JsonPath.read(table,
				"$.rows[?(@.username == 'rep3')].flags[?(@.code == 'VOLUME_OVER_MARGIN')].evidence.links.orders");
		assertThat(orders.get(0)).startsWith("/orders?ownerId=").endsWith("&to=" + LAST_YEAR + "-12-31");
		List<Integer> peerCounts = JsonPath.read(table, "$.rows[*].peerCount");
		List<Integer> ranks = JsonPath.read(table, "$.rows[?(@.tooNewToRate == false)].rank");
		assertThat(ranks).hasSize(peerCounts.get(0)).contains(1);
	}

	@Test
	void aRepSeesOnlyTheirOwnScorecardAManagerTheirTeamsAndSupportNone() throws Exception {
		call("rep1", get("/api/v1/scorecards?scope=company"), null).andExpect(status().isForbidden());
		call("rep1", get("/api/v1/scorecards?scope=team:" + teamOf("manager1")), null)
			.andExpect(status().isForbidden());
		call("rep1", get("/api/v1/scorecards/rep2"), null).andExpect(status().isNotFound());
		call("rep1", get("/api/v1/scorecards/rep1"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("rep1"));
		call("manager1", get("/api/v1/scorecards?scope=company"), null).andExpect(status().isForbidden());
		call("manager1", get("/api/v1/scorecards?scope=team:" + teamOf("manager2")), null)
			.andExpect(status().isForbidden());
		String team = read("manager1", "/api/v1/scorecards?scope=team:" + teamOf("manager1"));
		assertThat((List<String>) JsonPath.read(team, "$.rows[*].username")).containsExactlyInAnyOrder("rep1", "rep2",
				"rep3", "rep4", "rep5");
		call("manager1", get("/api/v1/scorecards/rep6"), null).andExpect(status().isNotFound());
		call("manager1", get("/api/v1/scorecards/rep3"), null).andExpect(status().isOk());
		call("director", get("/api/v1/scorecards/rep6"), null).andExpect(status().isOk());
		call("support1", get("/api/v1/scorecards?scope=company"), null).andExpect(status().isForbidden());
		call("support1", get("/api/v1/scorecards/rep1"), null).andExpect(status().isForbidden());
	}

	@Test
	void managersAreScoredAgainstEachOtherOnTheirOwnTemplate() throws Exception {
		String table = read("director", "/api/v1/scorecards?scope=company&role=MANAGER&" + PERIOD);
		assertThat((String) JsonPath.read(table, "$.template.role")).isEqualTo("MANAGER");
		List<String> managers = JsonPath.read(table, "$.rows[?(@.tooNewToRate == false)].username");
		assertThat(managers).contains("manager1", "manager2", "manager3");
		List<Object> medians = JsonPath.read(table,
				"$.rows[?(@.username == 'manager1')].metrics[?(@.code == 'TEAM_MEDIAN_SCORE')].value");
		assertThat(medians.get(0)).isNotNull();
	}

	@Test
	void thresholdsAreChangedByDirectorsOnly() throws Exception {
		call("manager1", put("/api/v1/imbalance-thresholds"), "{\"HIGH_PERCENTILE\":70}")
			.andExpect(status().isForbidden());
		call("director", put("/api/v1/imbalance-thresholds"), "{\"HIGH_PERCENTILE\":170}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("thresholds.HIGH_PERCENTILE"));
		call("director", put("/api/v1/imbalance-thresholds"), "{\"HIGH_PERCENTILE\":75}").andExpect(status().isOk())
			.andExpect(jsonPath("$.HIGH_PERCENTILE").value(75));
	}

}
