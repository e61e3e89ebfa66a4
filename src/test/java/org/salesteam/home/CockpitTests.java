package org.salesteam.home;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The home cockpit: its figures are the KPI engine's (equal to {@code /api/v1/kpis} for
 * the same scope and period, and to the orders counted here by hand), its inbox lists
 * what waits for exactly this manager, and a rep sees only their own figures.
 */
@IntegrationTest
class CockpitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theManagersCockpitShowsTheTeamsFiguresOfTheKpiEngine() throws Exception {
		long team = teamOf("manager1");
		YearMonth month = YearMonth.now(this.clock);
		String goals = page("manager1", "/home/cockpit/goals");
		String kpis = api("manager1", "/api/v1/kpis?scope=team:" + team + "&from=" + month.atDay(1) + "&to="
				+ month.atEndOfMonth() + "&codes=SALES,SALES_VS_GOAL");
		BigDecimal shown = value(goals, "paceSalesMONTH");
		assertThat(shown).isEqualByComparingTo(number(kpis, "$.kpis[0].value"));
		// by hand: placed orders of the team's reps this month, by order date
		BigDecimal byHand = this.jdbc.sql("""
				select coalesce(sum(o.net_amount), 0) from sales_order o join app_user u on u.id = o.owner_id
				where u.team_id = :team and o.status in ('CONFIRMED', 'DELIVERED')
				  and o.order_date between :from and :to
				""")
			.param("team", team)
			.param("from", month.atDay(1))
			.param("to", month.atEndOfMonth())
			.query(BigDecimal.class)
			.single();
		assertThat(shown).isPositive().isEqualByComparingTo(byHand);
		// the quarter's goal is the engine's SALES_VS_GOAL denominator (the approved demo
		// goal)
		LocalDate start = LocalDate.now(this.clock).with(java.time.temporal.IsoFields.DAY_OF_QUARTER, 1);
		String quarter = api("manager1", "/api/v1/kpis?scope=team:" + team + "&from=" + start + "&to="
				+ start.plusMonths(3).minusDays(1) + "&codes=SALES_VS_GOAL");
		assertThat(value(goals, "paceSalesQUARTER")).isEqualByComparingTo(number(quarter, "$.kpis[0].numerator"));
		assertThat(value(goals, "paceTargetQUARTER")).isEqualByComparingTo(number(quarter, "$.kpis[0].denominator"));
	}

	@Test
	void theRepsSideBySideAreTheirKpisAndOnlyTheManagersTeam() throws Exception {
		long team = teamOf("manager1");
		YearMonth month = YearMonth.now(this.clock);
		String table = page("manager1", "/home/cockpit/team");
		List<String> reps = this.jdbc.sql("""
				select u.username from app_user u join sales_team t on t.id = u.team_id
				where t.id = :team and u.active and u.id <> t.manager_id order by u.username
				""").param("team", team).query(String.class).list();
		assertThat(reps).isNotEmpty();
		Matcher rows = Pattern.compile("data-scope=\"rep:([^\"]+)\"[\\s\\S]*?data-value=\"([-0-9.]+)\"").matcher(table);
		int seen = 0;
		while (rows.find()) {
			assertThat(reps).contains(rows.group(1));
			String kpis = api("manager1", "/api/v1/kpis?scope=rep:" + rows.group(1) + "&from=" + month.atDay(1) + "&to="
					+ month.atEndOfMonth() + "&codes=SALES");
			assertThat(new BigDecimal(rows.group(2))).isEqualByComparingTo(number(kpis, "$.kpis[0].value"));
			seen++;
		}
		assertThat(seen).isEqualTo(reps.size());
	}

	@Test
	void theDirectorSeesTheTeamsSideBySide() throws Exception {
		String table = page("director", "/home/cockpit/team");
		long teams = this.jdbc.sql("select count(*) from sales_team where active").query(Long.class).single();
		assertThat(Pattern.compile("data-scope=\"team:\\d+\"").matcher(table).results().count()).isEqualTo(teams);
		assertThat(page("director", "/home/cockpit/goals")).contains("scope=company");
	}

	@Test
	void theInboxListsWhatWaitsForThisManagerAndNotForAnother() throws Exception {
		String rep = this.jdbc.sql("""
				select min(u.username) from app_user u join sales_team t on t.id = u.team_id
				join app_user m on m.id = t.manager_id
				where m.username = 'manager1' and u.username like 'rep%' and u.active
				""").query(String.class).single();
		int year = LocalDate.now(this.clock).getYear();
		long before = inboxCount("manager2");
		// a weekly schedule submitted (below the standard, with a reason)
		call(rep, post("/api/v1/visit-plans/" + rep + "/2030-W10/submit"), "{\"reason\":\"展会期间\"}");
		// a goal for next year submitted
		String goal = call(rep, post("/api/v1/goals"), """
				{"type":"NEW_CUSTOMERS","scope":"rep:%s","period":"%d-07","target":3}
				""".formatted(rep, year + 1));
		call(rep, post("/api/v1/goals/" + number(goal, "$.id").longValue() + "/submit"), null);
		// an order over the credit limit of a new customer of the rep's, held for
		// approval
		String customer = call("admin", post("/api/v1/customers"), """
				{"code":"CK-%d","name":"驾驶舱信用测试包装有限公司%d","potential":300000,"creditLimit":100,
				 "paymentTermsDays":30,"ownerUsername":"%s"}
				""".formatted(System.nanoTime() % 1_000_000_000L, System.nanoTime() % 1000, rep));
		long product = this.jdbc.sql("select min(id) from product").query(Long.class).single();
		String held = call(rep, post("/api/v1/orders"), """
				{"customerId":%d,"lines":[{"productId":%d,"quantity":2,"unitPrice":1000}],"holdForApproval":true}
				""".formatted(number(customer, "$.id").longValue(), product));
		assertThat((String) JsonPath.read(held, "$.status")).isEqualTo("CREDIT_HOLD");

		String inbox = page("manager1", "/home/cockpit/inbox");
		assertThat(inbox).contains("/visit-plans/review?week=2030-W10")
			.contains("/goals?year=" + (year + 1) + "&amp;status=SUBMITTED")
			.contains("/orders?status=CREDIT_HOLD");
		assertThat(count(inbox, "/visit-plans/review?week=2030-W10")).isEqualTo(handCount("""
				select count(*) from visit_plan p join app_user u on u.id = p.rep_id
				join sales_team t on t.id = u.team_id join app_user m on m.id = t.manager_id
				where m.username = 'manager1' and p.status = 'SUBMITTED' and p.iso_week = '2030-W10'
				"""));
		assertThat(count(inbox, "/orders?status=CREDIT_HOLD")).isEqualTo(handCount("""
				select count(*) from sales_order o join app_user u on u.id = o.owner_id
				join sales_team t on t.id = u.team_id join app_user m on m.id = t.manager_id
				where m.username = 'manager1' and o.status = 'CREDIT_HOLD' and o.owner_id <> m.id
				"""));
		String other = page("manager2", "/home/cockpit/inbox");
		assertThat(other).doesNotContain("2030-W10");
		assertThat(inboxCount("manager2")).isEqualTo(before);
		assertThat(page("director", "/home/cockpit/inbox")).contains("2030-W10");
	}

	@Test
	void aRepsCockpitHasOnlyTheirOwnFigures() throws Exception {
		String goals = page("rep2", "/home/cockpit/goals");
		assertThat(goals).contains("scope=rep:rep2").doesNotContain("scope=team:").doesNotContain("scope=rep:rep1");
		YearMonth month = YearMonth.now(this.clock);
		String kpis = api("rep2",
				"/api/v1/kpis?scope=rep:rep2&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth() + "&codes=SALES");
		assertThat(value(goals, "paceSalesMONTH")).isEqualByComparingTo(number(kpis, "$.kpis[0].value"));
		String team = page("rep2", "/home/cockpit/team");
		assertThat(team).doesNotContain("data-scope=").contains("myWeekRating");
		// a rep has no one's work to approve: the only line their inbox may hold is their
		// own
		// recognition (issue 17)
		String inbox = page("rep2", "/home/cockpit/inbox");
		assertThat(occurrences(inbox, "list-group-item-action"))
			.isEqualTo(occurrences(inbox, "href=\"/recognition?mine\""));
		String watch = page("rep2", "/home/cockpit/watch");
		long overdue = this.jdbc.sql("""
				select count(*) from sales_order o join app_user u on u.id = o.owner_id where u.username = 'rep2'
				  and o.status <> 'CANCELLED' and o.due_date < :today and o.invoice_amount > o.paid_amount
				""").param("today", LocalDate.now(this.clock)).query(Long.class).single();
		assertThat(attribute(watch, "watchOverdue", "data-count")).isEqualTo(overdue);
		assertThat(watch).contains("watchIdle");
	}

	@Test
	void supportStaffGetTheirHomeWithoutACockpit() throws Exception {
		String home = page("support1", "/");
		assertThat(home).doesNotContain("/home/cockpit/");
		assertThat(page("support1", "/home/cockpit/goals")).doesNotContain("paceSales");
		assertThat(page("support1", "/home/cockpit/watch")).doesNotContain("watchOverdue");
	}

	@Test
	void theManagersHomeLoadsTheCockpitAfterThePage() throws Exception {
		String home = page("manager1", "/");
		assertThat(home).contains("hx-get=\"/home/cockpit/goals\"")
			.contains("hx-get=\"/home/cockpit/inbox\"")
			.contains("hx-trigger=\"load\"");
		String chart = page("manager1", "/home/charts/pipeline");
		assertThat(((List<?>) JsonPath.read(chart, "$.yAxis.data"))).hasSize(4);
	}

	private long teamOf(String manager) {
		return this.jdbc
			.sql("select t.id from sales_team t join app_user u on u.id = t.manager_id where u.username = :m")
			.param("m", manager)
			.query(Long.class)
			.single();
	}

	private long inboxCount(String user) throws Exception {
		String inbox = page(user, "/home/cockpit/inbox");
		Matcher count = Pattern.compile("id=\"inboxCount\">(\\d+)<").matcher(inbox);
		return count.find() ? Long.parseLong(count.group(1)) : 0;
	}

	private long handCount(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/** The count badge of the inbox item linking to {@code link}. */
	private static long count(String inbox, String link) {
		int at = inbox.indexOf(link.replace("&", "&amp;"));
		assertThat(at).as("inbox item %s", link).isPositive();
		Matcher badge = Pattern.compile(">(\\d+)</span>").matcher(inbox.substring(at));
		assertThat(badge.find()).isTrue();
		return Long.parseLong(badge.group(1));
	}

	private String page(String user, String path) throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc.perform(formLogin("/login").user(user).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
		return this.mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
	}

	private String api(String user, String path) throws Exception {
		return this.mvc.perform(get(path).header("Authorization", Tokens.bearer(this.mvc, user)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String call(String user, MockHttpServletRequestBuilder request, String body) throws Exception {
		request.header("Authorization", Tokens.bearer(this.mvc, user));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
		return response.getContentAsString();
	}

	private static BigDecimal number(String json, String path) {
		Object value = JsonPath.read(json, path);
		return new BigDecimal(value.toString());
	}

	private static BigDecimal value(String html, String id) {
		return new BigDecimal(attributeText(html, id, "data-value"));
	}

	private static long attribute(String html, String id, String name) {
		return Long.parseLong(attributeText(html, id, name));
	}

	private static String attributeText(String html, String id, String name) {
		int at = html.indexOf("id=\"" + id + "\"");
		assertThat(at).as("element %s", id).isPositive();
		String tag = html.substring(at, html.indexOf('>', at));
		Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tag);
		assertThat(value.find()).as("%s of %s", name, id).isTrue();
		return value.group(1);
	}

	private static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
