package org.salesteam.retention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Competitors' retention estimates (ADR 0051), from outside: managers record a
 * competitor's estimated yearly loss rate per year (reps and support staff 403; a 422
 * names year, competitor, lossRate or source and writes nothing); the comparison puts
 * them beside our measured loss rate — Σ lost ÷ Σ customers at the start over the classes
 * of {@code /api/v1/retention/loss-rates} — and the acceptable one — the class targets
 * weighted by the customers at the start — with each competitor's difference in points;
 * the retention targets page shows the demo's two competitors.
 */
@IntegrationTest
class CompetitorEstimateTests {

	private static final int YEAR = 2029;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private MockHttpSession session(String username) throws Exception {
		return SignIn.as(this.mvc, username);
	}

	private static String estimate(Object year, String competitor, Object lossRate, String source) {
		return "{\"year\":%s,\"competitor\":%s,\"lossRate\":%s,\"source\":%s}".formatted(year,
				(competitor != null) ? "\"" + competitor + "\"" : "null", lossRate,
				(source != null) ? "\"" + source + "\"" : "null");
	}

	@Test
	void managersRecordEstimatesComparedWithOurMeasuredAndAcceptableLossRates() throws Exception {
		RetentionTestCalls api = new RetentionTestCalls(this.mvc, this.jdbc);
		String path = "/api/v1/retention/competitor-estimates";
		String rival = "测试对手" + System.nanoTime() % 1_000_000;
		api.call("rep1", post(path), estimate(YEAR, rival, 10, null)).andExpect(status().isForbidden());
		api.call("support1", post(path), estimate(YEAR, rival, 10, null)).andExpect(status().isForbidden());
		List<String[]> refused = List.of(new String[] { "year", estimate(1999, rival, 10, null) },
				new String[] { "competitor", estimate(YEAR, " ", 10, null) },
				new String[] { "lossRate", estimate(YEAR, rival, "100.5", null) },
				new String[] { "lossRate", estimate(YEAR, rival, -1, null) },
				new String[] { "lossRate", estimate(YEAR, rival, null, null) },
				new String[] { "source", estimate(YEAR, rival, 10, "来".repeat(301)) });
		for (String[] bad : refused) {
			api.call("manager1", post(path), bad[1])
				.andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.errors[0].field").value(bad[0]));
		}
		assertThat(this.jdbc.sql("select count(*) from retention_competitor_estimate where estimate_year = :y")
			.param("y", YEAR)
			.query(Long.class)
			.single()).isZero();

		long first = RetentionTestCalls
			.created(api.call("manager1", post(path), estimate(YEAR, rival, "12.5", "行业协会")));
		RetentionTestCalls.created(api.call("director", post(path), estimate(YEAR, rival + "B", 0, null)));
		// the same competitor written with spaces around it is one competitor
		api.call("manager2", post(path), estimate(YEAR, " " + rival + " ", 9, null))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("competitor"));
		api.call("manager1", put(path + "/" + first), estimate(null, rival, "11.0", "行业协会年报"))
			.andExpect(status().isOk());
		api.call("rep1", put(path + "/" + first), estimate(null, rival, "1.0", null)).andExpect(status().isForbidden());
		api.call("manager1", put(path + "/" + first), estimate(null, rival, 101, null))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("lossRate"));
		api.call("manager1", put(path + "/987654321"), estimate(null, rival, 1, null)).andExpect(status().isNotFound());

		// our figures by hand from the loss rates of the same reader and day
		LocalDate today = LocalDate.now(this.clock);
		String loss = api.call("manager1", get("/api/v1/retention/loss-rates?asOf=" + today), null)
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Map<String, Object>> classes = JsonPath.read(loss, "$.classes");
		long atStart = 0;
		long lost = 0;
		BigDecimal allowed = BigDecimal.ZERO;
		for (Map<String, Object> customerClass : classes) {
			long customers = ((Number) customerClass.get("customersAtStart")).longValue();
			atStart += customers;
			lost += ((Number) customerClass.get("lost")).longValue();
			allowed = allowed.add(
					new BigDecimal(customerClass.get("targetRate").toString()).multiply(BigDecimal.valueOf(customers)));
		}
		assertThat(atStart).as("manager1's team has customers a year old").isPositive();
		BigDecimal ours = BigDecimal.valueOf(lost * 100).divide(BigDecimal.valueOf(atStart), 1, RoundingMode.HALF_UP);
		BigDecimal acceptable = allowed.divide(BigDecimal.valueOf(atStart), 1, RoundingMode.HALF_UP);
		String comparison = api.call("manager1", get(path + "?year=" + YEAR), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(YEAR))
			.andExpect(jsonPath("$.asOf").value(today.toString()))
			.andExpect(jsonPath("$.customersAtStart").value(atStart))
			.andExpect(jsonPath("$.lost").value(lost))
			.andExpect(jsonPath("$.competitors.length()").value(2))
			.andExpect(jsonPath("$.competitors[0].competitor").value(rival + "B"))
			.andExpect(jsonPath("$.competitors[1].competitor").value(rival))
			.andExpect(jsonPath("$.competitors[1].source").value("行业协会年报"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(new BigDecimal(JsonPath.read(comparison, "$.ourLossRate").toString())).isEqualByComparingTo(ours);
		assertThat(new BigDecimal(JsonPath.read(comparison, "$.acceptableLossRate").toString()))
			.isEqualByComparingTo(acceptable);
		assertThat(new BigDecimal(JsonPath.read(comparison, "$.competitors[1].differencePoints").toString()))
			.isEqualByComparingTo(new BigDecimal("11.0").subtract(ours));
		assertThat(new BigDecimal(JsonPath.read(comparison, "$.competitors[0].differencePoints").toString()))
			.isEqualByComparingTo(ours.negate());
		api.call("rep1", get(path + "?year=" + YEAR), null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.competitors.length()").value(2));
		api.call("manager1", delete(path + "/" + first), null).andExpect(status().isNoContent());
		api.call("manager1", get(path + "?year=" + YEAR), null).andExpect(jsonPath("$.competitors.length()").value(1));
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'competitorEstimate'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void theTargetsPageShowsTheDemoCompetitorsAndNamesTheFieldOfARefusedForm() throws Exception {
		MockHttpSession manager = session("manager1");
		String page = this.mvc.perform(get("/retention/measures").session(manager))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"competitors\"").contains("华彩印刷").contains("金鼎包装印务").contains("可接受流失率");
		this.mvc
			.perform(post("/retention/competitor-estimates").session(manager)
				.with(csrf())
				.param("year", String.valueOf(YEAR + 1))
				.param("competitor", "超界对手")
				.param("lossRate", "150"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("competitorProblemField", "lossRate"));
		assertThat(this.jdbc.sql("select count(*) from retention_competitor_estimate where competitor = '超界对手'")
			.query(Long.class)
			.single()).isZero();
	}

}
