package org.salesteam.motivation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo's two finished contests tell the contrast a manager should learn from (ADR
 * 0039): 上季度分组冲刺赛 worked (no dip before, +25 % during, +2 % after, margin kept:
 * EFFECTIVE), 季末冲量赛 only moved sales from the two weeks after into its last week (+20 %
 * during, the same amount missing after, net ≈ 0: NOT_EFFECTIVE). The figures are checked
 * by hand from the windows and, for the contest window, against the participants' orders
 * summed in SQL.
 */
@IntegrationTest
class DemoContestEffectTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private Map<String, Object> evaluation(String name) throws Exception {
		long id = this.jdbc.sql("select id from contest where name = :n").param("n", name).query(Long.class).single();
		String json = this.mvc
			.perform(get("/api/v1/contests/" + id + "/evaluation").header("Authorization",
					Tokens.bearer(this.mvc, "director")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Object> evaluation = JsonPath.read(json, "$");
		evaluation.put("id", id);
		return evaluation;
	}

	private static double jsonDouble(Object value) {
		return ((Number) value).doubleValue();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> windows(Map<String, Object> evaluation) {
		return (List<Map<String, Object>>) evaluation.get("windows");
	}

	/** Σ (actual − baseline) over the three windows. */
	private static double difference(Map<String, Object> evaluation) {
		return windows(evaluation).stream()
			.mapToDouble((window) -> jsonDouble(window.get("actual")) - jsonDouble(window.get("baseline")))
			.sum();
	}

	/** The placed orders of the contest's reps in the window, summed in SQL. */
	private BigDecimal orders(long id, Map<String, Object> window) {
		return this.jdbc.sql("""
				select coalesce(sum(o.net_amount), 0) from sales_order o
				join app_user u on u.id = o.owner_id
				join contest_participant p on p.username = u.username and p.contest_id = :id
				where o.status in ('CONFIRMED', 'DELIVERED') and o.order_date >= :from and o.order_date <= :to
				""")
			.param("id", id)
			.param("from", java.sql.Date.valueOf((String) window.get("from")))
			.param("to", java.sql.Date.valueOf((String) window.get("to")))
			.query(BigDecimal.class)
			.single();
	}

	@Test
	void theContestThatWorkedIsEffective() throws Exception {
		Map<String, Object> worked = evaluation("上季度分组冲刺赛");
		assertThat(worked.get("status")).isEqualTo("EVALUATED");
		assertThat(jsonDouble(worked.get("preDip"))).isCloseTo(0.0, within(0.01));
		assertThat(jsonDouble(worked.get("lift"))).isCloseTo(0.25, within(0.01));
		assertThat(jsonDouble(worked.get("postDip"))).isCloseTo(0.02, within(0.01));
		Map<String, Object> during = windows(worked).get(1);
		assertThat(orders(((Number) worked.get("id")).longValue(), during))
			.isEqualByComparingTo(new BigDecimal(during.get("actual").toString()));
		// net = Σ (actual − baseline) × margin rate; ROI = (net − 12,000) ÷ 12,000
		double net = difference(worked) * jsonDouble(worked.get("marginRate"));
		assertThat(jsonDouble(worked.get("netIncrementalProfit"))).isCloseTo(net, within(Math.abs(net) * 0.001 + 1));
		assertThat(jsonDouble(worked.get("roi"))).isCloseTo((net - 12000) / 12000, within(0.01));
		assertThat(jsonDouble(worked.get("roi"))).isPositive();
		assertThat(jsonDouble(worked.get("marginChange"))).isGreaterThanOrEqualTo(-0.01);
		assertThat(worked.get("verdict")).isEqualTo("EFFECTIVE");
	}

	@Test
	void thePushThatOnlyMovedSalesIsNotEffective() throws Exception {
		Map<String, Object> push = evaluation("季末冲量赛");
		assertThat(push.get("status")).isEqualTo("EVALUATED");
		List<Map<String, Object>> windows = windows(push);
		double baselineDuring = jsonDouble(windows.get(1).get("baseline"));
		double baselineAfter = jsonDouble(windows.get(2).get("baseline"));
		assertThat(jsonDouble(push.get("preDip"))).isCloseTo(0.0, within(0.01));
		assertThat(jsonDouble(push.get("lift"))).isCloseTo(0.20, within(0.01));
		// what the last week gained, 0.2 × the window's baseline, is missing after
		assertThat(jsonDouble(push.get("postDip"))).isCloseTo(-0.2 * baselineDuring / baselineAfter, within(0.01));
		assertThat(orders(((Number) push.get("id")).longValue(), windows.get(1)))
			.isEqualByComparingTo(new BigDecimal(windows.get(1).get("actual").toString()));
		// sales moved, not won: the net is about nothing, and the prize cost is lost
		double baseline = windows.stream().mapToDouble((window) -> jsonDouble(window.get("baseline"))).sum();
		assertThat(Math.abs(difference(push))).isLessThan(baseline * 0.005);
		double net = difference(push) * jsonDouble(push.get("marginRate"));
		assertThat(jsonDouble(push.get("roi"))).isCloseTo((net - 20000) / 20000, within(0.01));
		assertThat(jsonDouble(push.get("roi"))).isNegative();
		assertThat(push.get("verdict")).isEqualTo("NOT_EFFECTIVE");
	}

	/**
	 * The control group in SQL: the active reps of active teams not in the contest who
	 * placed an order in the year-earlier span of the three windows.
	 */
	private static final String CONTROL = """
			u.active = true and t.active = true
			  and u.username not in (select p.username from contest_participant p where p.contest_id = :id)
			  and exists (select 1 from sales_order e where e.owner_id = u.id and e.status in ('CONFIRMED', 'DELIVERED')
			    and e.net_amount > 0 and e.order_date >= :spanFrom and e.order_date <= :spanTo)
			""";

	/** The placed orders of the control group, summed in SQL. */
	private BigDecimal controlOrders(long id, LocalDate[] span, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select coalesce(sum(o.net_amount), 0) from sales_order o
				join app_user u on u.id = o.owner_id join sales_team t on t.id = u.team_id
				where o.status in ('CONFIRMED', 'DELIVERED') and o.order_date >= :from and o.order_date <= :to and
				""" + " " + CONTROL)
			.param("id", id)
			.param("spanFrom", span[0])
			.param("spanTo", span[1])
			.param("from", from)
			.param("to", to)
			.query(BigDecimal.class)
			.single();
	}

	@Test
	void theControlGroupIsTheComparableRepsWhoDidNotTakePartAndIsTheBaseline() throws Exception {
		Map<String, Object> worked = evaluation("上季度分组冲刺赛");
		long id = ((Number) worked.get("id")).longValue();
		List<Map<String, Object>> windows = windows(worked);
		LocalDate[] span = { LocalDate.parse((String) windows.get(0).get("from")).minusYears(1),
				LocalDate.parse((String) windows.get(2).get("to")).minusYears(1) };
		long control = this.jdbc
			.sql("select count(*) from app_user u join sales_team t on t.id = u.team_id where " + CONTROL)
			.param("id", id)
			.param("spanFrom", span[0])
			.param("spanTo", span[1])
			.query(Long.class)
			.single();
		assertThat(((Number) worked.get("controlReps")).longValue()).isEqualTo(control).isGreaterThanOrEqualTo(3);
		assertThat(worked.get("baselineMethod")).isEqualTo("CONTROL_GROUP");
		Map<String, Object> during = windows.get(1);
		LocalDate from = LocalDate.parse((String) during.get("from"));
		LocalDate to = LocalDate.parse((String) during.get("to"));
		BigDecimal now = controlOrders(id, span, from, to);
		BigDecimal lastYear = controlOrders(id, span, from.minusYears(1), to.minusYears(1));
		@SuppressWarnings("unchecked")
		Map<String, Object> comparison = (Map<String, Object>) during.get("control");
		double expected = now.subtract(lastYear).doubleValue() / lastYear.doubleValue();
		assertThat(jsonDouble(comparison.get("controlChange"))).isCloseTo(expected, within(0.0001));
		assertThat(jsonDouble(comparison.get("netOfControl"))).isCloseTo(
				jsonDouble(comparison.get("participantsChange")) - jsonDouble(comparison.get("controlChange")),
				within(0.00001));
		// baseline = the participants' same window a year earlier × the control group's
		// change
		double participantsLastYear = orders(id,
				Map.<String, Object>of("from", from.minusYears(1).toString(), "to", to.minusYears(1).toString()))
			.doubleValue();
		assertThat(jsonDouble(during.get("baseline")))
			.isCloseTo(participantsLastYear * now.doubleValue() / lastYear.doubleValue(), within(0.01));
	}

	@Test
	void theWholeCompanysPushHasNoControlGroupAndFollowsTheTrend() throws Exception {
		Map<String, Object> push = evaluation("季末冲量赛");
		assertThat(((Number) push.get("controlReps")).intValue()).isZero();
		assertThat(push.get("baselineMethod")).isEqualTo("COMPANY_TREND");
	}

}
