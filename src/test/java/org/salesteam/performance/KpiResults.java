package org.salesteam.performance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.salesteam.support.Tokens;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads {@code GET /api/v1/kpis} by code and compares values with hand-computed ones. */
final class KpiResults {

	private KpiResults() {
	}

	static Map<String, Map<String, Object>> kpis(MockMvc mvc, String user, String scope, String from, String to,
			String codes) throws Exception {
		String url = "/api/v1/kpis?scope=" + scope + "&from=" + from + "&to=" + to
				+ ((codes != null) ? "&codes=" + codes : "");
		return byCode(mvc.perform(MockMvcRequestBuilders.get(url).header("Authorization", Tokens.bearer(mvc, user)))
			.andExpect(status().isOk())
			.andReturn());
	}

	static Map<String, Map<String, Object>> byCode(MvcResult result) throws Exception {
		List<Map<String, Object>> list = JsonPath.read(result.getResponse().getContentAsString(), "$.kpis");
		Map<String, Map<String, Object>> byCode = new HashMap<>();
		list.forEach((k) -> byCode.put((String) k.get("code"), k));
		return byCode;
	}

	/** The KPI's value, numerator and denominator are these (null = undefined). */
	static void expect(Map<String, Map<String, Object>> kpis, String code, String value, String numerator,
			String denominator) {
		Map<String, Object> kpi = kpis.get(code);
		assertThat(kpi).as(code).isNotNull();
		assertThat(decimal(kpi.get("value"))).as(code + " value").isEqualTo(decimal(value));
		assertThat(decimal(kpi.get("numerator"))).as(code + " numerator").isEqualTo(decimal(numerator));
		assertThat(decimal(kpi.get("denominator"))).as(code + " denominator").isEqualTo(decimal(denominator));
	}

	private static BigDecimal decimal(Object number) {
		return (number != null) ? new BigDecimal(number.toString()).stripTrailingZeros() : null;
	}

}
