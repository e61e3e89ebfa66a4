package org.salesteam.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Visits and the sales cost ratio by customer class and by product category on the data
 * of {@link KpiData} and {@link FieldWorkData}, with the customers' classes set to A → A,
 * B and E → B, C, D and P → C, and one more order of rep4 in another category:
 *
 * <pre>
 * 10  A  rep4  SH  2010-02-18  XC-004 (宣传册) net 800 cost 500
 * </pre>
 *
 * February 2010, rep4: visits A ×2 (expenses 150 + 80), C (0), P (200); placed sales A
 * 2000 + 1200 (商务印刷) + 800 (宣传册) = 4000, C 600 (商务印刷). rep9: visit E (30), sales E 3000
 * (商务印刷). Every expected value below is worked out by hand from these.
 */
@IntegrationTest
@TestPropertySource(properties = "salesteam.test.context=kpi-cost-breakdowns")
class CostBreakdownTests {

	private static final String FEB = "&from=2010-02-01&to=2010-02-28";

	private static KpiData data;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void createData() throws Exception {
		if (data != null) {
			return;
		}
		data = new KpiData(this.mvc, this.jdbc).create();
		new FieldWorkData(this.mvc, this.jdbc, data).create();
		Map<String, String> classes = Map.of("A", "A", "B", "B", "E", "B", "C", "C", "D", "C", "P", "C");
		classes.forEach((customer, c) -> this.jdbc.sql("update customer set customer_class = :c where id = :id")
			.param("c", c)
			.param("id", data.customers.get(customer))
			.update());
		long product = this.jdbc.sql("select id from product where code = 'XC-004'").query(Long.class).single();
		MvcResult order = this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/orders")
				.header("Authorization", Tokens.bearer(this.mvc, "rep4"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"customerId":%d,"orderDate":"2010-02-18","territoryId":%d,
						 "lines":[{"productId":%d,"quantity":1,"unitPrice":800,"netAmount":800,"cost":500}]}
						""".formatted(data.customers.get("A"), data.territory("SH"), product)))
			.andReturn();
		assertThat(order.getResponse().getStatus()).as(order.getResponse().getContentAsString()).isEqualTo(201);
		// March: besides V6 (A, no expenses), two visits of a customer that is gone (no
		// class)
		this.jdbc.sql("""
				insert into kpi_activity_day (activity_day, rep_key, territory_key, customer_key, visits,
				  prospect_visits, visit_minutes, presentation_minutes, visit_expenses, prospect_calls,
				  prospect_letters, proposals, complaints_resolved, service_visits, collected)
				values (:day, :rep, 0, 987654321, 2, 0, 60, 0, 50, 0, 0, 0, 0, 0, 0)
				""").param("day", java.time.LocalDate.of(2010, 3, 5)).param("rep", data.user("rep4")).update();
	}

	@Test
	void visitsSalesPerVisitAndCostRatioOfARepByCustomerClass() throws Exception {
		Map<String, Object> report = json("manager1", "/api/v1/kpis/breakdowns/customer-class?scope=rep:rep4" + FEB);
		assertThat(report.get("scope")).isEqualTo("rep:rep4");
		List<Map<String, Object>> classes = list(report, "classes");
		assertThat(classes).extracting((c) -> c.get("customerClass")).containsExactly("A", "B", "C");
		// A: V1, V2 of 4 visits; 4000 ÷ 2; (150 + 80) ÷ 4000
		row(classes.get(0), 2, "0.5", "4000", "2000", "230", "0.0575");
		// B bought in January only and was not visited: nothing to divide by
		row(classes.get(1), 0, "0", "0", null, "0", null);
		// C: V3 (C) and V4 (P, a prospect in class C); 600 ÷ 2; 200 ÷ 600
		row(classes.get(2), 2, "0.5", "600", "300", "200", "0.333333");
		// the classes add up to the KPIs VISITS, SALES and SALES_COST_RATIO: 430 ÷ 4600
		row(map(report, "total"), 4, "1", "4600", "1150", "430", "0.093478");
		Map<String, Map<String, Object>> kpis = KpiResults.kpis(this.mvc, "rep4", "rep:rep4", "2010-02-01",
				"2010-02-28", "SALES_COST_RATIO,SALES_PER_VISIT");
		KpiResults.expect(kpis, "SALES_COST_RATIO", "0.093478", "430", "4600");
		KpiResults.expect(kpis, "SALES_PER_VISIT", "1150", "4600", "4");
	}

	@Test
	void theCompanyAndATeamByCustomerClass() throws Exception {
		Map<String, Object> company = json("director", "/api/v1/kpis/breakdowns/customer-class?scope=company" + FEB);
		List<Map<String, Object>> classes = list(company, "classes");
		row(classes.get(0), 2, "0.4", "4000", "2000", "230", "0.0575");
		// B: rep9's visit of E (30) and E's order 7 (3000)
		row(classes.get(1), 1, "0.2", "3000", "3000", "30", "0.01");
		row(classes.get(2), 2, "0.4", "600", "300", "200", "0.333333");
		// 460 ÷ 7600 = 0.0605263…
		row(map(company, "total"), 5, "1", "7600", "1520", "460", "0.060526");
		Map<String, Object> team2 = json("manager2",
				"/api/v1/kpis/breakdowns/customer-class?scope=team:" + data.team("华东二部") + FEB);
		row(list(team2, "classes").get(1), 1, "1", "3000", "3000", "30", "0.01");
		row(map(team2, "total"), 1, "1", "3000", "3000", "30", "0.01");
	}

	@Test
	void aCustomerWithoutClassAndAPeriodWithoutSalesLeaveTheRatiosUndefined() throws Exception {
		Map<String, Object> march = json("rep4",
				"/api/v1/kpis/breakdowns/customer-class?scope=rep:rep4&from=2010-03-01&to=2010-03-31");
		List<Map<String, Object>> classes = list(march, "classes");
		assertThat(classes).extracting((c) -> c.get("customerClass")).containsExactly("A", "B", "C", "NONE");
		// V6: one visit of A, no sales: 0 a visit, no cost ratio without sales
		row(classes.get(0), 1, "0.333333", "0", "0", "0", null);
		row(classes.get(3), 2, "0.666667", "0", "0", "50", null);
		row(map(march, "total"), 3, "1", "0", "0", "50", null);
		Map<String, Object> categories = json("rep4",
				"/api/v1/kpis/breakdowns/product-category?scope=rep:rep4&from=2010-03-01&to=2010-03-31");
		assertThat(list(categories, "categories")).isEmpty();
		assertThat(decimal(categories.get("unattributedExpenses"))).isEqualByComparingTo("50");
		assertThat(decimal(categories.get("expenses"))).isEqualByComparingTo("50");
	}

	@Test
	void expensesAreSharedOverTheCategoriesOfEachCustomersSales() throws Exception {
		String business = category("SW-002");
		String brochures = category("XC-004");
		Map<String, Object> rep4 = json("rep4", "/api/v1/kpis/breakdowns/product-category?scope=rep:rep4" + FEB);
		List<Map<String, Object>> categories = list(rep4, "categories");
		assertThat(categories).extracting((c) -> c.get("category")).containsExactly(business, brochures);
		// A's 230 over its 3200 (business printing) and 800 (brochures): 184 and 46; C
		// had
		// no expenses; P's 200 bought nothing and stays apart. 184 ÷ 3800 = 0.0484210…
		category(categories.get(0), "3800", "184", "0.048421");
		category(categories.get(1), "800", "46", "0.0575");
		assertThat(decimal(rep4.get("unattributedExpenses"))).isEqualByComparingTo("200");
		assertThat(decimal(rep4.get("expenses"))).isEqualByComparingTo("430");
		// the company adds E: 30 of expenses, all on business printing (3000): 214 ÷ 6800
		Map<String, Object> company = json("director", "/api/v1/kpis/breakdowns/product-category?scope=company" + FEB);
		category(list(company, "categories").get(0), "6800", "214", "0.031471");
		category(list(company, "categories").get(1), "800", "46", "0.0575");
		assertThat(decimal(company.get("expenses"))).isEqualByComparingTo("460");
	}

	@Test
	void aRepCannotAskForAnotherRepsOrTheCompanysBreakdowns() throws Exception {
		for (String path : List.of("customer-class", "product-category")) {
			String url = "/api/v1/kpis/breakdowns/" + path + "?scope=";
			call("rep4", url + "rep:rep9" + FEB).andExpect(status().isForbidden());
			call("rep4", url + "company" + FEB).andExpect(status().isForbidden());
			call("manager1", url + "team:" + data.team("华东二部") + FEB).andExpect(status().isForbidden());
			call("manager1", url + "rep:rep9" + FEB).andExpect(status().isForbidden());
			call("support1", url + "rep:rep4" + FEB).andExpect(status().isForbidden());
			this.mvc.perform(MockMvcRequestBuilders.get(url + "rep:rep4" + FEB)).andExpect(status().isUnauthorized());
			call("manager1", url + "rep:rep4" + FEB).andExpect(status().isOk());
		}
	}

	@Test
	void theDashboardShowsBothTablesWithADashForAnUndefinedRatioInBothLanguages() throws Exception {
		MockHttpSession manager = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("manager1").password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		String dashboard = page(manager, "/performance?scope=rep:rep4&period=CUSTOM" + FEB);
		// the tables come after the page, from /performance/costs of the same scope and
		// period
		assertThat(dashboard).contains("id=\"costsSlot\"", "/performance/costs?scope=rep:rep4")
			.doesNotContain("classCost-total");
		String url = "/performance/costs?scope=rep:rep4" + FEB;
		this.mvc.perform(MockMvcRequestBuilders.get("/performance/costs?scope=rep:rep9" + FEB).session(manager))
			.andExpect(status().isForbidden());
		String zh = page(manager, url + "&lang=zh-CN");
		assertThat(zh).contains("拜访与销售成本（按客户等级）", "销售成本比率（按产品类别）", "拜访了但本期未下单的客户");
		// A: 2 visits, 50.0 %, ¥2,000.00 a visit, ¥230.00, 5.8 % (0.0575)
		assertThat(tableRow(zh, "classCost-A")).contains(">2<", "50.0%", "2,000.00", "230.00", "5.8%");
		// B: no visits and no sales: sales per visit and cost ratio are "—", never 0
		assertThat(tableRow(zh, "classCost-B").split("—", -1)).hasSize(3);
		assertThat(tableRow(zh, "classCost-total")).contains("1,150.00", "430.00", "9.3%");
		assertThat(tableRow(zh, "categoryCost-unattributed")).contains("200.00", "—");
		assertThat(zh).contains("4.8%");
		String en = page(manager, url + "&lang=en");
		assertThat(en).contains("Visits and sales cost by customer class", "Sales cost ratio by product category",
				"Class A", "Visited customers who bought nothing");
	}

	@Test
	void theCostKpisAreLowerIsBetterInTheCatalogue() throws Exception {
		MvcResult result = call("rep4", "/api/v1/kpis/catalog").andExpect(status().isOk()).andReturn();
		List<Map<String, Object>> catalog = JsonPath.read(result.getResponse().getContentAsString(), "$");
		Map<Object, Object> higher = new java.util.HashMap<>();
		catalog.forEach((k) -> higher.put(k.get("code"), k.get("higherIsBetter")));
		for (String code : List.of("COST_PER_VISIT", "SALES_COST_RATIO", "ORDER_CANCELLATION_RATE",
				"CUSTOMER_LOSS_RATE")) {
			assertThat(higher.get(code)).as(code).isEqualTo(false);
		}
		assertThat(higher.get("SALES_PER_VISIT")).isEqualTo(true);
	}

	@Test
	void aVisitCostGoalIsMetAtOrBelowItsCeiling() throws Exception {
		// rep4's February: 430 ÷ 4 = 107.50 a visit
		long goal = visitCostGoal("100");
		Map<String, Object> over = progress(goal);
		assertThat(decimal(over.get("attained"))).isEqualByComparingTo("0.9302"); // 100 ÷
																					// 107.5
		assertThat(over.get("targetMet")).isEqualTo(false);
		assertThat(over.get("lowerIsBetter")).isEqualTo(true);
		assertThat(over.get("pace")).isNull();
		// the draft's ceiling raised to 129
		call("rep4", MockMvcRequestBuilders.put("/api/v1/goals/" + goal), goalJson("129", "90"))
			.andExpect(status().isOk());
		Map<String, Object> under = progress(goal);
		assertThat(decimal(under.get("attained"))).isEqualByComparingTo("1.2"); // 129 ÷
																				// 107.5
		assertThat(under.get("targetMet")).isEqualTo(true);
		// a stretch of a ceiling is lower than the target
		call("rep4", MockMvcRequestBuilders.put("/api/v1/goals/" + goal), goalJson("100", "120"))
			.andExpect(status().isUnprocessableEntity());
	}

	private long visitCostGoal(String target) throws Exception {
		MvcResult result = call("rep4", MockMvcRequestBuilders.post("/api/v1/goals"), goalJson(target, "90"))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private static String goalJson(String target, String stretch) {
		return "{\"type\":\"VISIT_COST\",\"scope\":\"rep:rep4\",\"period\":\"2010-02\",\"target\":%s,\"stretch\":%s}"
			.formatted(target, stretch);
	}

	private Map<String, Object> progress(long goal) throws Exception {
		return json("rep4", "/api/v1/goals/" + goal + "/progress");
	}

	private String category(String productCode) {
		return this.jdbc.sql("select category from product where code = :code")
			.param("code", productCode)
			.query(String.class)
			.single();
	}

	private static void row(Map<String, Object> row, long visits, String share, String sales, String perVisit,
			String expenses, String ratio) {
		String label = String.valueOf(row.get("customerClass"));
		assertThat(((Number) row.get("visits")).longValue()).as(label + " visits").isEqualTo(visits);
		expectDecimal(row, "visitShare", share, label);
		expectDecimal(row, "sales", sales, label);
		expectDecimal(row, "salesPerVisit", perVisit, label);
		expectDecimal(row, "expenses", expenses, label);
		expectDecimal(row, "salesCostRatio", ratio, label);
	}

	private static void category(Map<String, Object> row, String sales, String expenses, String ratio) {
		String label = String.valueOf(row.get("category"));
		expectDecimal(row, "sales", sales, label);
		expectDecimal(row, "expenses", expenses, label);
		expectDecimal(row, "salesCostRatio", ratio, label);
	}

	private static void expectDecimal(Map<String, Object> row, String field, String expected, String label) {
		if (expected == null) {
			assertThat(row.get(field)).as(label + " " + field).isNull();
		}
		else {
			assertThat(decimal(row.get(field))).as(label + " " + field).isEqualByComparingTo(expected);
		}
	}

	private static BigDecimal decimal(Object number) {
		return (number != null) ? new BigDecimal(number.toString()) : null;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> json, String key) {
		return (List<Map<String, Object>>) json.get(key);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> json, String key) {
		return (Map<String, Object>) json.get(key);
	}

	/** The HTML of the table row with this id. */
	private static String tableRow(String page, String id) {
		int at = page.indexOf("id=\"" + id + "\"");
		assertThat(at).as(id).isPositive();
		return page.substring(at, page.indexOf("</tr>", at));
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Map<String, Object> json(String user, String url) throws Exception {
		return JsonPath.read(call(user, url).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
				"$");
	}

	private org.springframework.test.web.servlet.ResultActions call(String user, String url) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(url).header("Authorization", Tokens.bearer(this.mvc, user)));
	}

	private org.springframework.test.web.servlet.ResultActions call(String user,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
			throws Exception {
		return this.mvc.perform(request.header("Authorization", Tokens.bearer(this.mvc, user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
