package org.salesteam.performance;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboards on the demo company: each role starts on its own scope, the manager sees
 * a rep-by-rep table and the director teams and territories; charts and the Excel export
 * follow the same visibility.
 */
@IntegrationTest
class PerformancePagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aRepSeesTheirOwnScorecardAndNoComparison() throws Exception {
		this.mvc.perform(get("/performance").session(signIn("rep1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"scorecard\"")))
			.andExpect(content().string(containsString("kpi-SALES")))
			.andExpect(content().string(containsString("data-chart-url=\"/performance/charts/trend?scope=rep:rep1")))
			.andExpect(content().string(not(containsString("id=\"repTable\""))));
		this.mvc.perform(get("/performance?scope=company").session(signIn("rep1"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/performance?scope=rep:rep2").session(signIn("rep1"))).andExpect(status().isForbidden());
	}

	@Test
	void aManagerComparesTheRepsOfTheirTeam() throws Exception {
		this.mvc.perform(get("/performance").session(signIn("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"repTable\"")))
			.andExpect(content().string(containsString("刘洋")))
			.andExpect(content().string(not(containsString("id=\"teamTable\""))));
	}

	@Test
	void theDirectorComparesTeamsAndTerritories() throws Exception {
		this.mvc.perform(get("/performance?period=LAST_YEAR").session(signIn("director")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"teamTable\"")))
			.andExpect(content().string(containsString("id=\"territoryTable\"")))
			.andExpect(content().string(containsString("华东二部")));
	}

	@Test
	void supportStaffHaveNoDashboard() throws Exception {
		this.mvc.perform(get("/performance").session(signIn("support1"))).andExpect(status().isForbidden());
	}

	@Test
	void chartsAreEChartsOptionsOfAVisibleScope() throws Exception {
		MockHttpSession director = signIn("director");
		this.mvc.perform(get("/performance/charts/trend?scope=company&to=2026-06-30").session(director))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.xAxis.data.length()").value(12))
			.andExpect(jsonPath("$.xAxis.data[11]").value("2026-06"))
			.andExpect(jsonPath("$.series[0].type").value("bar"));
		// a period that ends in the future: the trend stops at this month
		this.mvc.perform(get("/performance/charts/trend?scope=company&to=2099-12-31").session(director))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.xAxis.data[11]").value(java.time.YearMonth.now().toString()));
		this.mvc
			.perform(get("/performance/charts/funnel?scope=company&from=2025-01-01&to=2026-12-31").session(director))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.series[0].type").value("funnel"))
			.andExpect(jsonPath("$.series[0].data.length()").value(5));
		this.mvc
			.perform(get("/performance/charts/pareto?scope=company&from=2025-01-01&to=2025-12-31").session(director))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.series[1].name").value("累计占比"));
		this.mvc
			.perform(get("/performance/charts/class?scope=rep:rep2&from=2025-01-01&to=2025-12-31")
				.session(signIn("rep1")))
			.andExpect(status().isForbidden());
	}

	@Test
	void presetsRunToTodayAndThisYearComparesWithLastYearInOneColumn() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		MockHttpSession director = signIn("director");
		this.mvc.perform(get("/performance?period=THIS_YEAR").session(director))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"to\" value=\"" + today + "\"")))
			.andExpect(content().string(containsString(">去年同期</th>")))
			.andExpect(content().string(not(containsString(">上期</th>"))))
			.andExpect(content().string(
					containsString("对比去年同期 " + today.withDayOfYear(1).minusYears(1) + " 至 " + today.minusYears(1))));
		LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
		this.mvc.perform(get("/performance?period=THIS_QUARTER").session(director))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"from\" value=\"" + quarterStart + "\"")))
			.andExpect(content().string(containsString("name=\"to\" value=\"" + today + "\"")))
			.andExpect(content().string(containsString(">上期</th>")))
			.andExpect(content().string(containsString(">去年同期</th>")))
			.andExpect(content().string(containsString("上期为 " + quarterStart.minusMonths(3))));
	}

	@Test
	void headlineTilesAboveTheChartsAndTheScorecardBelowThem(@Autowired JdbcClient jdbc) throws Exception {
		BigDecimal pipeline = jdbc
			.sql("select coalesce(sum(amount), 0) from opportunity where stage not in ('WON', 'LOST')")
			.query(BigDecimal.class)
			.single();
		String html = this.mvc.perform(get("/performance").session(signIn("director")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tileSales\"")))
			.andExpect(content().string(containsString("时间进度")))
			.andExpect(content().string(containsString("id=\"tileProfit\"")))
			.andExpect(content().string(containsString("id=\"tileNewCustomers\"")))
			.andExpect(content().string(containsString("¥" + new java.text.DecimalFormat("#,##0.00",
					java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
				.format(pipeline))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf("id=\"headline\"")).isLessThan(html.indexOf("id=\"chartTrend\""));
		assertThat(html.indexOf("id=\"chartClass\"")).isLessThan(html.indexOf("id=\"scorecard\""));
	}

	@Test
	void theTrendCarriesTheGoalLineOfYearAndQuarterGoals() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		this.mvc.perform(get("/performance/charts/trend?scope=company&to=" + today).session(signIn("director")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.series[2].name").value("销售目标"))
			.andExpect(jsonPath("$.series[2].data[11]").isNumber());
	}

	@Test
	void aManagerIsNoRepOfTheScopePicker() throws Exception {
		this.mvc.perform(get("/performance").session(signIn("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"rep:rep1\"")))
			.andExpect(content().string(not(containsString("value=\"rep:manager1\""))));
	}

	@Test
	void exportsTheScorecardToExcel(@Autowired JdbcClient jdbc) throws Exception {
		byte[] file = this.mvc
			.perform(get("/performance/export.xlsx?scope=team:" + teamOf("manager1")
					+ "&period=CUSTOM&from=2025-01-01&to=2025-12-31")
				.session(signIn("manager1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet scorecard = workbook.getSheetAt(0);
			assertThat(scorecard.getRow(0).getCell(1).getStringCellValue()).startsWith("团队 · ").doesNotContain("team:");
			assertThat(scorecard.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2025-01-01 ~ 2025-12-31");
			assertThat(scorecard.getRow(3).getCell(1).getStringCellValue())
				.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
			assertThat(scorecard.getPaneInformation().isFreezePane()).isTrue();
			assertThat(scorecard.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
			assertThat(scorecard.getRow(5).getCell(0).getStringCellValue()).isEqualTo("代码");
			Row sales = scorecard.getRow(6);
			assertThat(sales.getCell(0).getStringCellValue()).isEqualTo("SALES");
			assertThat(sales.getCell(1).getStringCellValue()).isEqualTo("销售额");
			assertThat(sales.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("¥#,##0.00");
			Row margin = rowOf(scorecard, "MARGIN_RATE");
			assertThat(margin.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			Row orders = rowOf(scorecard, "ORDERS");
			assertThat(orders.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getCellStyle().getDataFormatString())
				.isEqualTo("¥#,##0.00");
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			// the team's active reps compared under the header (five in the demo; other
			// tests may add their own)
			long reps = jdbc.sql("""
					select count(*) from app_user u join app_user_role r on r.user_id = u.id and r.role = 'REP'
					where u.active and u.team_id = :team""")
				.param("team", Long.parseLong(teamOf("manager1")))
				.query(Long.class)
				.single();
			assertThat(reps).isGreaterThanOrEqualTo(5);
			assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo((int) reps);
		}
		this.mvc.perform(get("/performance/export.xlsx?scope=company").session(signIn("manager1")))
			.andExpect(status().isForbidden());
	}

	@Test
	void customerServiceSeesTheFiguresOfTheAccountsItServesFromTheCustomerPage(@Autowired JdbcClient jdbc)
			throws Exception {
		long served = jdbc.sql("""
				select m.customer_id from account_team_member m join app_user u on u.id = m.user_id
				where u.username = 'support2' order by m.customer_id
				""").query(Long.class).list().get(0);
		String name = jdbc.sql("select name from customer where id = :id")
			.param("id", served)
			.query(String.class)
			.single();
		this.mvc.perform(get("/customers/{id}", served).session(signIn("support2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/performance?scope=customer:" + served)))
			.andExpect(content().string(not(containsString("/customers/" + served + "/edit"))));
		this.mvc.perform(get("/performance?scope=customer:" + served).session(signIn("support2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("客户 · " + name)))
			.andExpect(content()
				.string(containsString("data-chart-url=\"/performance/charts/trend?scope=customer:" + served)));
		this.mvc
			.perform(get("/performance/charts/trend?scope=customer:" + served + "&to=2026-12-31")
				.session(signIn("support2")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/performance").session(signIn("support2"))).andExpect(status().isForbidden());
		String stranger = jdbc
			.sql("""
					select u.username from app_user u join app_user_role r on r.user_id = u.id and r.role = 'REP'
					where u.id <> (select owner_id from customer where id = :id) and u.active = true and u.username like 'rep%'
					order by u.username
					""")
			.param("id", served)
			.query(String.class)
			.list()
			.get(0);
		this.mvc.perform(get("/performance?scope=customer:" + served).session(signIn(stranger)))
			.andExpect(status().isForbidden());
	}

	private String teamOf(String manager) throws Exception {
		String page = this.mvc.perform(get("/performance").session(signIn(manager)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int at = page.indexOf("trend?scope=team:") + "trend?scope=team:".length();
		return page.substring(at, page.indexOf('&', at));
	}

	private static Row rowOf(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + code);
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
