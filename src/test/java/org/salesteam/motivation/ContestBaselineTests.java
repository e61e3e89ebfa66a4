package org.salesteam.motivation;

import java.util.HashMap;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The baseline of a contest's evaluation (ADR 0053), worked by hand in years the demo has
 * no data in, with a ten-day contest of one rep from 1 to 10 March: the windows are 19–28
 * February, 1–10 March and 11–20 March.
 * <ul>
 * <li>2015, CONTROL_GROUP: the rep sold 1,000 in each window of 2014 and 1,100, 1,500,
 * 1,000 in 2015. Three reps who do not take part sold 400 in one window of 2014 each
 * (before, during, after) and 440, 480, 500 in the same windows of 2015 — the control
 * group's change is ×1.1, ×1.2, ×1.25, so the baselines are 1,100, 1,200, 1,250: PRE_DIP
 * 0, LIFT (1,500 − 1,200) ÷ 1,200 = +0.25, POST_DIP (1,000 − 1,250) ÷ 1,250 = −0.2.</li>
 * <li>2013, COMPANY_TREND: nobody else sold a year earlier, so there is no control group.
 * The rep sold 1,000 in each window of 2012 and 1,000, 1,200, 900 in 2013; the company's
 * trend is the 90 days before the first window (1,100 on 15 January 2013) ÷ the same days
 * a year earlier (1,000 on 15 January 2012) = 1.1, so every baseline is 1,100: PRE_DIP
 * −100 ÷ 1,100 = −0.0909, LIFT +0.0909, POST_DIP −200 ÷ 1,100 = −0.1818.</li>
 * </ul>
 */
@IntegrationTest
class ContestBaselineTests {

	private static final String[] WINDOWS = { "02-20", "03-05", "03-15" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, Long> customers = new HashMap<>();

	private long product;

	private List<String> reps() {
		this.product = this.jdbc.sql("select id from product where code = 'CH-006'").query(Long.class).single();
		return this.jdbc.sql("""
				select u.username from app_user u join sales_team t on t.id = u.team_id
				where u.active = true and t.active = true and u.username like 'rep%' order by u.username
				""").query(String.class).list();
	}

	/**
	 * One order of {@code amount} by the rep, to a customer of theirs made for the test.
	 */
	private void sell(String rep, String date, int amount) throws Exception {
		Long customer = this.customers.get(rep);
		if (customer == null) {
			customer = TestOrders.customer(this.mvc, "基准测试客户", rep);
			this.customers.put(rep, customer);
		}
		TestOrders.order(this.mvc, rep, customer, date, this.product, 1, amount);
	}

	private Map<String, Object> evaluation(int year, String rep) throws Exception {
		String body = """
				{"name":"基准测试","kpiCode":"SALES","from":"%d-03-01","to":"%d-03-10","scoring":"ABSOLUTE",
				 "prizeMode":"TOP_N","topN":1,"participants":{"usernames":["%s"]}}
				""".formatted(year, year, rep);
		String created = this.mvc
			.perform(post("/api/v1/contests").header("Authorization", Tokens.bearer(this.mvc, "director"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String json = this.mvc
			.perform(get("/api/v1/contests/" + id + "/evaluation").header("Authorization",
					Tokens.bearer(this.mvc, "director")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$");
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
	}

	@SuppressWarnings("unchecked")
	private static List<Double> baselines(Map<String, Object> evaluation) {
		return ((List<Map<String, Object>>) evaluation.get("windows")).stream()
			.map((window) -> number(window.get("baseline")))
			.toList();
	}

	@Test
	void enoughNonParticipantsMakeTheControlGroupTheBaseline() throws Exception {
		List<String> reps = reps();
		String rep = reps.get(0);
		int[] sold = { 1100, 1500, 1000 };
		int[] control = { 440, 480, 500 };
		for (int window = 0; window < 3; window++) {
			sell(rep, "2014-" + WINDOWS[window], 1000);
			sell(rep, "2015-" + WINDOWS[window], sold[window]);
			sell(reps.get(window + 1), "2014-" + WINDOWS[window], 400);
			sell(reps.get(window + 1), "2015-" + WINDOWS[window], control[window]);
		}

		Map<String, Object> evaluation = evaluation(2015, rep);

		assertThat(evaluation.get("baselineMethod")).isEqualTo("CONTROL_GROUP");
		assertThat(number(evaluation.get("controlReps"))).isEqualTo(3);
		assertThat(baselines(evaluation)).containsExactly(1100.0, 1200.0, 1250.0);
		assertThat(number(evaluation.get("preDip"))).isCloseTo(0.0, within(0.00005));
		assertThat(number(evaluation.get("lift"))).isCloseTo(0.25, within(0.00005));
		assertThat(number(evaluation.get("postDip"))).isCloseTo(-0.2, within(0.00005));
	}

	@Test
	void withoutAControlGroupTheBaselineFollowsTheCompanyTrend() throws Exception {
		String rep = reps().get(0);
		int[] sold = { 1000, 1200, 900 };
		for (int window = 0; window < 3; window++) {
			sell(rep, "2012-" + WINDOWS[window], 1000);
			sell(rep, "2013-" + WINDOWS[window], sold[window]);
		}
		sell(rep, "2012-01-15", 1000);
		sell(rep, "2013-01-15", 1100);

		Map<String, Object> evaluation = evaluation(2013, rep);

		assertThat(evaluation.get("baselineMethod")).isEqualTo("COMPANY_TREND");
		assertThat(number(evaluation.get("controlReps"))).isZero();
		assertThat(number(evaluation.get("trend"))).isCloseTo(1.1, within(0.00005));
		assertThat(baselines(evaluation)).containsExactly(1100.0, 1100.0, 1100.0);
		assertThat(number(evaluation.get("preDip"))).isCloseTo(-0.0909, within(0.00005));
		assertThat(number(evaluation.get("lift"))).isCloseTo(0.0909, within(0.00005));
		assertThat(number(evaluation.get("postDip"))).isCloseTo(-0.1818, within(0.00005));
	}

}
