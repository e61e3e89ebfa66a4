package org.salesteam.goal;

import java.math.BigDecimal;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Goals through the API: who approves what, who sees what, allocation adding up, progress
 * against the KPI engine and the targets feeding SALES_VS_GOAL. Each test uses its own
 * periods (far years or single months that the demo goals, yearly and quarterly, do not
 * use).
 */
@IntegrationTest
class GoalApiTests {

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

	private long create(String user, String type, String scope, String period, String target) throws Exception {
		String body = call(user, post("/api/v1/goals"), """
				{"type":"%s","scope":"%s","period":"%s","target":%s}
				""".formatted(type, scope, period, target)).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private long teamOf(String manager) {
		return this.jdbc
			.sql("select t.id from sales_team t join app_user u on u.id = t.manager_id where u.username = :m")
			.param("m", manager)
			.query(Long.class)
			.single();
	}

	private long approved(String owner, String approver, String type, String scope, String period, String target)
			throws Exception {
		long id = create(owner, type, scope, period, target);
		call(owner, post("/api/v1/goals/" + id + "/submit"), null).andExpect(status().isOk());
		call(approver, post("/api/v1/goals/" + id + "/approve"), null).andExpect(status().isOk());
		return id;
	}

	@Test
	void aRepsGoalIsApprovedByTheRepsManagerOnly() throws Exception {
		long id = create("rep1", "SALES_VOLUME", "rep:rep1", "2031-01", "50000");
		call("manager1", post("/api/v1/goals/" + id + "/approve"), null).andExpect(status().isUnprocessableEntity());
		call("rep1", post("/api/v1/goals/" + id + "/submit"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		call("rep1", post("/api/v1/goals/" + id + "/approve"), null).andExpect(status().isForbidden());
		call("manager2", post("/api/v1/goals/" + id + "/approve"), null).andExpect(status().isNotFound());
		call("manager1", post("/api/v1/goals/" + id + "/approve"), "{\"comment\":\"好\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.reviewComment").value("好"));
		call("rep1", get("/api/v1/goals/" + id), null).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void aTeamGoalIsApprovedByTheDirectorNotTheManager() throws Exception {
		long team = teamOf("manager1");
		long id = create("manager1", "NEW_CUSTOMERS", "team:" + team, "2031-02", "12");
		call("manager1", post("/api/v1/goals/" + id + "/submit"), null).andExpect(status().isOk());
		call("manager1", post("/api/v1/goals/" + id + "/approve"), null).andExpect(status().isForbidden());
		call("director", post("/api/v1/goals/" + id + "/approve"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		// another team's manager may not even set goals for it
		call("manager2", post("/api/v1/goals"), """
				{"type":"SALES_VOLUME","scope":"team:%d","period":"2031-02","target":1}
				""".formatted(team)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("scope"));
	}

	@Test
	void sendingBackNeedsACommentAndReturnsToDraft() throws Exception {
		long id = create("rep2", "PROFIT", "rep:rep2", "2031-03", "9000");
		call("rep2", post("/api/v1/goals/" + id + "/submit"), null).andExpect(status().isOk());
		call("manager1", post("/api/v1/goals/" + id + "/reject"), "{}").andExpect(status().isUnprocessableEntity());
		call("manager1", post("/api/v1/goals/" + id + "/reject"), "{\"comment\":\"偏低，再加一成\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.reviewComment").value("偏低，再加一成"));
	}

	@Test
	void otherPeoplesGoalsAnswer404() throws Exception {
		long id = create("rep1", "VISITS", "rep:rep1", "2031-04", "60");
		for (String stranger : List.of("rep2", "manager2", "support1")) {
			call(stranger, get("/api/v1/goals/" + id), null).andExpect(status().isNotFound());
			call(stranger, get("/api/v1/goals/" + id + "/progress"), null).andExpect(status().isNotFound());
		}
		call("manager1", get("/api/v1/goals/" + id), null).andExpect(status().isOk());
		call("director", get("/api/v1/goals/" + id), null).andExpect(status().isOk());
		call("rep2", get("/api/v1/goals?year=2031"), null).andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
		call("manager1", get("/api/v1/goals?year=2031"), null)
			.andExpect(jsonPath("$[?(@.id == " + id + ")]").isNotEmpty());
		call("support1", get("/api/v1/goals?year=2031"), null).andExpect(jsonPath("$").isEmpty());
		// a rep sets goals for themselves only
		call("rep2", post("/api/v1/goals"), """
				{"type":"SALES_VOLUME","scope":"rep:rep1","period":"2031-05","target":1}
				""").andExpect(status().isUnprocessableEntity());
	}

	@Test
	void validationIsTranslated() throws Exception {
		call("rep1", post("/api/v1/goals"), """
				{"type":"SALES_VOLUME","scope":"rep:rep1","period":"2031-13","target":1}
				""").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		call("rep1", post("/api/v1/goals"), """
				{"type":"NEW_CUSTOMERS","scope":"rep:rep1","period":"2031-06","target":2.5}
				""").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("target"));
		call("rep1", post("/api/v1/goals"), """
				{"type":"SALES_VOLUME","scope":"rep:rep1","period":"2031-06","target":100,"stretch":90}
				""").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("stretch"));
	}

	@Test
	void allocationMethodsAddUpExactlyAndWriteTheRepsGoals() throws Exception {
		long team = teamOf("manager2");
		long id = approved("manager2", "director", "SALES_VOLUME", "team:" + team, "2031-07", "100000.01");
		call("manager2", post("/api/v1/goals/" + id + "/allocation"), """
				{"method":"MANUAL","parts":{"rep6":50000}}
				""").andExpect(status().isUnprocessableEntity());
		for (String method : List.of("EQUAL", "POTENTIAL", "MANUAL")) {
			String body = "MANUAL".equals(method)
					? "{\"method\":\"MANUAL\",\"parts\":{\"rep6\":40000.01,\"rep7\":60000}}"
					: "{\"method\":\"" + method + "\"}";
			String parts = call("manager2", post("/api/v1/goals/" + id + "/allocation"), body)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Number> amounts = JsonPath.read(parts, "$[*].amount");
			BigDecimal sum = amounts.stream()
				.map((n) -> new BigDecimal(n.toString()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum).as(method).isEqualByComparingTo("100000.01");
			BigDecimal written = this.jdbc
				.sql("select sum(target) from goal where parent_id = :id and status = 'APPROVED'")
				.param("id", id)
				.query(BigDecimal.class)
				.single();
			assertThat(written).as(method).isEqualByComparingTo("100000.01");
		}
		// equally among rep6–rep10: 20000.00 each, the cent on the first
		String equal = call("manager2", post("/api/v1/goals/" + id + "/allocation"), "{\"method\":\"EQUAL\"}")
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Object> first = JsonPath.read(equal, "$[0]");
		assertThat(new BigDecimal(first.get("amount").toString())).isEqualByComparingTo("20000.01");
		assertThat(((List<?>) JsonPath.read(equal, "$[?(@.amount == 20000.0)]"))).hasSize(4);
		call("manager1", post("/api/v1/goals/" + id + "/allocation"), "{\"method\":\"EQUAL\"}")
			.andExpect(status().isNotFound());
	}

	@Test
	void approvingATeamGoalApprovesTheRepsPartsUnderIt() throws Exception {
		long team = teamOf("manager1");
		long id = create("manager1", "SALES_VOLUME", "team:" + team, "2032-01", "100000");
		// allocated while a draft: the parts are drafts, in whole hundreds
		call("manager1", post("/api/v1/goals/" + id + "/allocation"), "{\"method\":\"EQUAL\"}")
			.andExpect(status().isOk());
		assertThat(partTargets(id, "DRAFT")).isNotEmpty()
			.allSatisfy((target) -> assertThat(target.remainder(new BigDecimal("100"))).isZero());
		call("manager1", post("/api/v1/goals/" + id + "/submit"), null)
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		call("director", post("/api/v1/goals/" + id + "/approve"), null).andExpect(status().isOk());
		assertThat(partTargets(id, "DRAFT")).isEmpty();
		assertThat(partTargets(id, "APPROVED").stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("100000");
		long director = this.jdbc.sql("select id from app_user where username = 'director'").query(Long.class).single();
		assertThat(this.jdbc.sql("select count(*) from goal where parent_id = :id and approved_by <> :d")
			.param("id", id)
			.param("d", director)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDirectorsOwnGoalTakesEffectWithoutSelfApproval() throws Exception {
		long team = teamOf("manager3");
		long id = create("director", "PROFIT", "team:" + team, "2032-02", "50000");
		call("director", post("/api/v1/goals/" + id + "/submit"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		// the audit trail says who approved it, and when
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event e join audit_change c on c.event_id = e.id
				where e.entity_type = 'goal' and e.entity_id = :id and e.username = 'director'
				  and c.field = 'status' and c.new_value = 'APPROVED'
				""").param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
		// a manager's team goal still goes to the director
		long managers = create("manager3", "VISITS", "team:" + team, "2032-02", "400");
		call("manager3", post("/api/v1/goals/" + managers + "/submit"), null)
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void aPeriodWrittenInChineseIsRead() throws Exception {
		long id = create("rep1", "SALES_VOLUME", "rep:rep1", "2032年第1季度", "80000");
		call("rep1", get("/api/v1/goals/" + id), null).andExpect(jsonPath("$.period").value("2032-Q1"));
		call("rep1", post("/api/v1/goals"), """
				{"type":"SALES_VOLUME","scope":"rep:rep1","period":"2032年五季度","target":1}
				""").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("2026年第1季度")));
	}

	@Test
	void aManualMismatchNamesTheDifferenceAsMoney() throws Exception {
		long team = teamOf("manager2");
		long id = create("manager2", "SALES_VOLUME", "team:" + team, "2032-03", "100000");
		// 40,000 + 50,000.50 = 90,000.50: 9,999.50 short of 100,000
		call("manager2", post("/api/v1/goals/" + id + "/allocation"), """
				{"method":"MANUAL","parts":{"rep6":40000,"rep7":50000.50}}
				""").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("parts"))
			.andExpect(jsonPath("$.errors[0].message")
				.value(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("¥90,000.50"),
						org.hamcrest.Matchers.containsString("¥100,000.00"),
						org.hamcrest.Matchers.containsString("¥9,999.50"))));
	}

	@Test
	void theFormsPeriodPickersGiveTheYearQuarterOrMonth() throws Exception {
		org.springframework.mock.web.MockHttpSession rep1 = signIn("rep1");
		this.mvc
			.perform(post("/goals").session(rep1)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("type", "SALES_VOLUME")
				.param("scope", "rep:rep1")
				.param("periodYear", "2033")
				.param("periodPart", "Q2")
				.param("target", "5000"))
			.andExpect(status().isSeeOther());
		assertThat(this.jdbc.sql("""
				select count(*) from goal where scope = 'rep:rep1' and period_kind = 'QUARTER'
				  and period_from = date '2033-04-01' and period_to = date '2033-06-30'
				""").query(Long.class).single()).isEqualTo(1);
		String form = this.mvc.perform(get("/goals/new").session(rep1)).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("name=\"periodYear\"", "name=\"periodPart\"", "一季度", "12月");
	}

	private org.springframework.mock.web.MockHttpSession signIn(String username) throws Exception {
		return (org.springframework.mock.web.MockHttpSession) this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/login")
				.user(username)
				.password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private List<BigDecimal> partTargets(long teamGoal, String status) {
		return this.jdbc.sql("select target from goal where parent_id = :id and status = :s")
			.param("id", teamGoal)
			.param("s", status)
			.query(BigDecimal.class)
			.list();
	}

	@Test
	void lastYearShareFollowsTheRepsSalesOfTheSamePeriodLastYear() throws Exception {
		long team = teamOf("manager3");
		long id = approved("manager3", "director", "SALES_VOLUME", "team:" + team, "2026-02", "1000000");
		String parts = call("manager3", post("/api/v1/goals/" + id + "/allocation"), "{\"method\":\"LAST_YEAR_SHARE\"}")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> reps = JsonPath.read(parts, "$[*].username");
		List<Number> amounts = JsonPath.read(parts, "$[*].amount");
		BigDecimal teamSales = BigDecimal.ZERO;
		BigDecimal[] sales = new BigDecimal[reps.size()];
		for (int i = 0; i < reps.size(); i++) {
			sales[i] = kpiNumerator("rep:" + reps.get(i), "2025-02-01", "2025-02-28", "SALES");
			teamSales = teamSales.add(sales[i]);
		}
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < reps.size(); i++) {
			BigDecimal expected = new BigDecimal("1000000").multiply(sales[i])
				.divide(teamSales, 2, java.math.RoundingMode.DOWN);
			BigDecimal got = new BigDecimal(amounts.get(i).toString());
			// whole hundreds (the rounding unit), within one unit of the exact share
			assertThat(got.remainder(new BigDecimal("100"))).as(reps.get(i)).isZero();
			assertThat(got.subtract(expected).abs()).as(reps.get(i)).isLessThan(new BigDecimal("100"));
			total = total.add(got);
		}
		assertThat(total).isEqualByComparingTo("1000000");
	}

	@Test
	void progressOfAPastMonthIsItsSalesAgainstTheTarget() throws Exception {
		BigDecimal sales = kpiNumerator("rep:rep4", "2025-09-01", "2025-09-30", "SALES");
		assertThat(sales.signum()).isPositive();
		BigDecimal target = sales.multiply(new BigDecimal("4"));
		long id = create("rep4", "SALES_VOLUME", "rep:rep4", "2025-09", target.toPlainString());
		// September 2025 starts on a Monday: 1–5, 8–12, 15–19, 22–26, 29–30 = 22 working
		// days, all elapsed
		call("rep4", get("/api/v1/goals/" + id + "/progress"), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.actual").value(sales.doubleValue()))
			.andExpect(jsonPath("$.attained").value(0.25))
			.andExpect(jsonPath("$.workingDays").value(22))
			.andExpect(jsonPath("$.elapsedWorkingDays").value(22))
			.andExpect(jsonPath("$.pace").value(0.25))
			.andExpect(jsonPath("$.paceStatus").value("BEHIND"))
			.andExpect(jsonPath("$.forecast").value(sales.doubleValue()));
		// a visit goal counts the completed visits (KPI VISITS; worked out by hand in
		// FieldWorkKpiTests); a customer-product goal without a customer is not measured
		BigDecimal visitsDone = kpiNumerator("rep:rep4", "2025-09-01", "2025-09-30", "VISITS");
		long visits = create("rep4", "VISITS", "rep:rep4", "2025-09", "80");
		call("rep4", get("/api/v1/goals/" + visits + "/progress"), null).andExpect(jsonPath("$.measured").value(true))
			.andExpect(jsonPath("$.actual").value(visitsDone.intValue()));
		long product = create("rep4", "CUSTOMER_PRODUCT", "rep:rep4", "2025-09", "80");
		call("rep4", get("/api/v1/goals/" + product + "/progress"), null).andExpect(jsonPath("$.measured").value(false))
			.andExpect(jsonPath("$.actual").isEmpty())
			.andExpect(jsonPath("$.attained").isEmpty())
			.andExpect(jsonPath("$.forecast").isEmpty());
	}

	@Test
	void approvedTargetsFeedSalesVsGoal() throws Exception {
		// the first month of late 2025 in which rep2 sold anything
		java.time.YearMonth month = java.time.YearMonth.of(2025, 6);
		BigDecimal march = kpiNumerator("rep:rep2", month.atDay(1).toString(), month.atEndOfMonth().toString(),
				"SALES");
		while (march.signum() == 0 && month.isBefore(java.time.YearMonth.of(2026, 10))) {
			month = month.plusMonths(1);
			march = kpiNumerator("rep:rep2", month.atDay(1).toString(), month.atEndOfMonth().toString(), "SALES");
		}
		assertThat(march.signum()).isPositive();
		String from = month.atDay(1).toString();
		String to = month.atEndOfMonth().toString();
		long id = create("rep2", "SALES_VOLUME", "rep:rep2", month.toString(),
				march.multiply(BigDecimal.valueOf(2)).toPlainString());
		// a draft is no target: undefined
		kpi("rep:rep2", from, to).andExpect(jsonPath("$.kpis[0].value").isEmpty());
		call("rep2", post("/api/v1/goals/" + id + "/submit"), null).andExpect(status().isOk());
		call("manager1", post("/api/v1/goals/" + id + "/approve"), null).andExpect(status().isOk());
		// S ÷ 2S = 0.5
		kpi("rep:rep2", from, to).andExpect(jsonPath("$.kpis[0].value").value(0.5))
			.andExpect(jsonPath("$.kpis[0].denominator").value(march.multiply(BigDecimal.valueOf(2)).doubleValue()));
		// April + May 2025: the sum of the two approved monthly goals, 1,000 + 3,000
		approved("rep2", "manager1", "SALES_VOLUME", "rep:rep2", "2025-04", "1000");
		approved("rep2", "manager1", "SALES_VOLUME", "rep:rep2", "2025-05", "3000");
		BigDecimal aprilMay = kpiNumerator("rep:rep2", "2025-04-01", "2025-05-31", "SALES");
		kpi("rep:rep2", "2025-04-01", "2025-05-31").andExpect(jsonPath("$.kpis[0].denominator").value(4000.0))
			.andExpect(jsonPath("$.kpis[0].value")
				.value(aprilMay.divide(new BigDecimal("4000"), 6, java.math.RoundingMode.HALF_UP).doubleValue()));
	}

	private ResultActions kpi(String scope, String from, String to) throws Exception {
		return call("director",
				get("/api/v1/kpis").param("scope", scope)
					.param("from", from)
					.param("to", to)
					.param("codes", "SALES_VS_GOAL"),
				null)
			.andExpect(status().isOk());
	}

	private BigDecimal kpiNumerator(String scope, String from, String to, String code) throws Exception {
		String body = call("director",
				get("/api/v1/kpis").param("scope", scope).param("from", from).param("to", to).param("codes", code),
				null)
			.andReturn()
			.getResponse()
			.getContentAsString();
		Object value = JsonPath.read(body, "$.kpis[0].numerator");
		return new BigDecimal(value.toString());
	}

}
