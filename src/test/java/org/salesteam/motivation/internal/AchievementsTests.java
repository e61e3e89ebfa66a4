package org.salesteam.motivation.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.keyaccount.PlanObjectives;
import org.salesteam.motivation.TestOrders;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Achievements earned from the data (ADR 0046), worked by hand in November 2018, a month
 * the demo has no data in. One rep places the first order of a new customer (1 × ¥1,000
 * on the 10th) and a second order to it (¥300 on the 12th), and an order (¥500 on the
 * 11th) to a customer whose first order was in October: one NEW_CUSTOMER, for the first
 * customer only. Her sales for November are 1,000 + 300 + 500 = ¥1,800; with a monthly
 * target of exactly ¥1,800 the month is at standard (equal counts), while a teammate
 * without sales and a target of ¥1 is not. Of three closed requests only the complaint
 * closed within its deadline counts, for whoever closed it. A second run earns nothing
 * again.
 */
@IntegrationTest
class AchievementsTests {

	private static final LocalDate FROM = LocalDate.of(2018, 11, 1);

	private static final LocalDate TO = LocalDate.of(2018, 11, 30);

	@Autowired
	Achievements achievements;

	@Autowired
	PlanObjectives planObjectives;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void earnedFromTheDataOnceEach() throws Exception {
		List<String> reps = repsOf("manager1");
		String seller = reps.get(0);
		String teammate = reps.get(1);
		long product = product();
		long newCustomer = TestOrders.customer(this.mvc, "认可测试新客户", seller);
		long oldCustomer = TestOrders.customer(this.mvc, "认可测试老客户", seller);
		TestOrders.order(this.mvc, seller, oldCustomer, "2018-10-20", product, 1, 200);
		TestOrders.order(this.mvc, seller, newCustomer, "2018-11-10", product, 1, 1000);
		TestOrders.order(this.mvc, seller, oldCustomer, "2018-11-11", product, 1, 500);
		TestOrders.order(this.mvc, seller, newCustomer, "2018-11-12", product, 1, 300);
		assertThat(this.jdbc
			.sql("""
					select sum(o.net_amount) from sales_order o join app_user u on u.id = o.owner_id
					where u.username = :rep and o.order_date between :from and :to and o.status in ('CONFIRMED', 'DELIVERED')
					""")
			.param("rep", seller)
			.param("from", FROM)
			.param("to", TO)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("1800");
		monthlyTarget(seller, "1800");
		monthlyTarget(teammate, "1");
		long closer = userId(teammate);
		serviceRequest(newCustomer, "COMPLAINT", true, closer);
		serviceRequest(newCustomer, "COMPLAINT", false, closer);
		serviceRequest(newCustomer, "DELIVERY", true, closer);

		assertThat(this.achievements.earn(FROM, TO)).isEqualTo(3);

		assertThat(earned(seller)).containsExactlyInAnyOrder("NEW_CUSTOMER customer:" + newCustomer + " 2018-11-10",
				"MONTH_AT_STANDARD 2018-11 2018-11-30");
		assertThat(earned(teammate)).singleElement().asString().startsWith("COMPLAINT_IN_TIME request:");
		assertThat(this.achievements.earn(FROM, TO)).isZero();
		assertThat(earned(seller)).hasSize(2);
	}

	/**
	 * Key-account plan objectives met (ADR 0053), worked by hand in 2016, a year the demo
	 * has no data in. The account's orders: ¥1,000 on 10 March and ¥300 on 20 March (two
	 * orders, ¥1,300). Its approved 2016 plan asks SALES ≥ 1,300 (no owner: the plan
	 * owner's), ORDERS ≥ 3 (the teammate's) and SALES ≥ 1,200 (the teammate's). On 15
	 * March the account has ¥1,000: 76.9 % and 83.3 %, nothing met. By the year's end
	 * ¥1,300 meets both SALES objectives (100.0 % — equal counts — and 108.3 %) but not
	 * ORDERS (2 of 3, 66.7 %). A draft plan of another account asking SALES ≥ 1 earns
	 * nothing. A second run earns nothing again.
	 */
	@Test
	void keyAccountObjectivesMetOnceEach() throws Exception {
		List<String> reps = repsOf("manager2");
		String planner = reps.get(0);
		String teammate = reps.get(1);
		long product = product();
		long account = TestOrders.customer(this.mvc, "大客户目标测试客户", planner);
		long draftAccount = TestOrders.customer(this.mvc, "大客户目标草稿客户", planner);
		TestOrders.order(this.mvc, planner, account, "2016-03-10", product, 1, 1000);
		TestOrders.order(this.mvc, planner, account, "2016-03-20", product, 1, 300);
		TestOrders.order(this.mvc, planner, draftAccount, "2016-03-20", product, 1, 50);
		long plan = plan(account, planner, "APPROVED");
		objective(plan, 0, "SALES", "1300", null);
		objective(plan, 1, "ORDERS", "3", teammate);
		objective(plan, 2, "SALES", "1200", teammate);
		objective(plan(draftAccount, planner, "DRAFT"), 0, "SALES", "1", null);

		assertThat(this.planObjectives.metBetween(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 15))
			.stream()
			.filter((met) -> met.planId() == plan)).isEmpty();
		List<PlanObjectives.MetObjective> atYearEnd = this.planObjectives
			.metBetween(LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 31))
			.stream()
			.filter((met) -> met.customerId() == account || met.customerId() == draftAccount)
			.toList();
		assertThat(atYearEnd).extracting(PlanObjectives.MetObjective::position).containsExactly(0, 2);
		assertThat(atYearEnd.get(0).actual()).isEqualByComparingTo("1300");
		assertThat(atYearEnd.get(0).creditedTo()).isEqualTo(userId(planner));
		assertThat(atYearEnd.get(1).creditedTo()).isEqualTo(userId(teammate));

		this.achievements.earn(LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 31));
		this.achievements.earn(LocalDate.of(2016, 12, 1), LocalDate.of(2016, 12, 31));
		assertThat(keyAccountObjectives(plan)).containsExactlyInAnyOrder(
				planner + " objective:" + plan + ":0 2016-12-31 2016",
				teammate + " objective:" + plan + ":2 2016-12-31 2016");
	}

	private long plan(long customer, String owner, String status) {
		long id = this.jdbc.sql("select nextval('app_seq')").query(Long.class).single();
		this.jdbc.sql("""
				insert into ka_plan (id, created_at, customer_id, plan_year, owner_id, status)
				select :id, current_timestamp, :customer, 2016, u.id, :status from app_user u where u.username = :owner
				""").param("id", id).param("customer", customer).param("status", status).param("owner", owner).update();
		return id;
	}

	private void objective(long plan, int position, String kpi, String target, String owner) {
		this.jdbc.sql("""
				insert into ka_plan_objective (plan_id, position, description, kpi_code, target, owner_id)
				values (:plan, :position, '测试目标', :kpi, :target,
				  (select u.id from app_user u where u.username = :owner))
				""")
			.param("plan", plan)
			.param("position", position)
			.param("kpi", kpi)
			.param("target", new java.math.BigDecimal(target))
			.param("owner", owner)
			.update();
	}

	private List<String> keyAccountObjectives(long plan) {
		return this.jdbc.sql("""
				select u.username || ' ' || r.subject || ' ' || cast(r.earned_on as varchar(10)) || ' ' || r.detail
				from recognition r join app_user u on u.id = r.user_id
				where r.kind = 'KEY_ACCOUNT_OBJECTIVE' and r.subject like :subject
				""").param("subject", "objective:" + plan + ":%").query(String.class).list();
	}

	/**
	 * The demo's key-account objective met (ADR 0053): the approved plan made for it asks
	 * 90 % of the account's sales so far this year, and the wall records it once, for the
	 * plan's owner.
	 */
	@Test
	void theDemoHasAKeyAccountObjectiveMet() {
		List<Object[]> met = this.jdbc.sql("""
				select p.customer_id, o.target, r.user_id, p.owner_id from recognition r
				join ka_plan p on r.subject = 'objective:' || cast(p.id as varchar(20)) || ':0'
				join ka_plan_objective o on o.plan_id = p.id and o.position = 0
				where r.kind = 'KEY_ACCOUNT_OBJECTIVE' and p.vision = :vision and p.status = 'APPROVED'
				""")
			.param("vision", "巩固年度框架协议，扩大包装印刷份额")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3), rs.getLong(4) })
			.list();
		assertThat(met).hasSize(1);
		java.math.BigDecimal sales = this.jdbc.sql("""
				select sum(o.net_amount) from sales_order o where o.customer_id = :customer
				  and o.status in ('CONFIRMED', 'DELIVERED') and o.order_date >= :from
				""")
			.param("customer", met.get(0)[0])
			.param("from", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).withDayOfYear(1))
			.query(java.math.BigDecimal.class)
			.single();
		assertThat(sales).isGreaterThanOrEqualTo((java.math.BigDecimal) met.get(0)[1]);
		assertThat(met.get(0)[2]).isEqualTo(met.get(0)[3]);
	}

	/** The active reps of a manager's team, by username. */
	private List<String> repsOf(String manager) {
		return this.jdbc.sql("""
				select u.username from app_user u join sales_team t on t.id = u.team_id
				join app_user m on m.id = t.manager_id
				where m.username = :manager and u.username like 'rep%' and u.active = true order by u.username
				""").param("manager", manager).query(String.class).list();
	}

	private long product() {
		return this.jdbc.sql("select id from product where code = 'CH-006'").query(Long.class).single();
	}

	private List<String> earned(String username) {
		return this.jdbc.sql("""
				select r.kind || ' ' || r.subject || ' ' || cast(r.earned_on as varchar(10)) from recognition r
				join app_user u on u.id = r.user_id
				where u.username = :u and r.earned_on between :from and :to
				""").param("u", username).param("from", FROM).param("to", TO).query(String.class).list();
	}

	private long userId(String username) {
		return this.jdbc.sql("select id from app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private void monthlyTarget(String rep, String target) {
		this.jdbc.sql("""
				insert into goal (id, created_at, goal_type, scope, owner_id, team_id, period_kind, period_from,
				  period_to, target, status)
				select nextval('app_seq'), current_timestamp, 'SALES_VOLUME', :scope, u.id, u.team_id, 'MONTH',
				  :from, :to, :target, 'APPROVED'
				from app_user u where u.username = :rep
				""")
			.param("scope", "rep:" + rep)
			.param("rep", rep)
			.param("from", FROM)
			.param("to", TO)
			.param("target", new java.math.BigDecimal(target))
			.update();
	}

	private void serviceRequest(long customer, String type, boolean inTime, long closedBy) {
		OffsetDateTime opened = OffsetDateTime.of(2018, 11, 20, 2, 0, 0, 0, ZoneOffset.UTC);
		this.jdbc.sql("""
				insert into service_request (id, customer_id, request_type, severity, subject, status, customer_class,
				  opened_at, opened_by, response_target_minutes, resolution_target_minutes, response_due_at,
				  resolution_due_at, first_response_at, closed_at, closed_by, resolved_in_time, created_at)
				values (nextval('app_seq'), :customer, :type, 'NORMAL', '认可测试', 'CLOSED', 'B', :opened, :by, 240,
				  960, :opened, :opened, :opened, :closed, :by, :inTime, :opened)
				""")
			.param("customer", customer)
			.param("type", type)
			.param("opened", opened)
			.param("closed", opened.plusHours(3))
			.param("by", closedBy)
			.param("inTime", inTime)
			.update();
	}

}
