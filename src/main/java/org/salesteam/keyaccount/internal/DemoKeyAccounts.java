package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.salesteam.performance.Kpis;
import org.salesteam.platform.IdBlocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's key-account management: every key account designated (strategic fit
 * from its potential), the customer-service members' duties, and one-year plans in every
 * state — rep1's a draft, rep6's submitted to manager2, rep3's approved with a first
 * review, rep7's a draft — each on the rep's largest key account that has no account
 * team, with a sales objective (a third of the potential) and actions around today (one
 * overdue). Runs once, while no plan exists.
 */
@Component
@Order(98)
class DemoKeyAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoKeyAccounts.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transaction;

	private final PlanRepository plans;

	private final Clock clock;

	private final boolean enabled;

	DemoKeyAccounts(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction, PlanRepository plans,
			Clock clock, @Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = transaction;
		this.plans = plans;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			if (this.plans.count() > 0) {
				return;
			}
			LocalDate today = LocalDate.now(this.clock);
			int designated = designate(today);
			this.jdbc.sql("""
					update account_team_member set raci = 'RESPONSIBLE', duty = '订单跟进、交期答复与投诉处理'
					where team_role = 'CUSTOMER_SERVICE' and duty is null""").update();
			int year = today.getYear();
			plan("rep1", year, today, PlanStatus.DRAFT);
			plan("rep6", year, today, PlanStatus.SUBMITTED);
			plan("rep3", year, today, PlanStatus.APPROVED);
			plan("rep7", year, today, PlanStatus.DRAFT);
			log.info("Demo key accounts: {} designated, {} plans", designated, this.plans.count());
		});
	}

	private int designate(LocalDate today) {
		List<Object[]> accounts = this.jdbc.sql("""
				select c.id, c.owner_id, c.potential from customer c
				where c.key_account = true and c.owner_id is not null
				and not exists (select 1 from ka_account a where a.customer_id = c.id) order by c.id""")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3) })
			.list();
		IdBlocks ids = new IdBlocks(this.template);
		for (Object[] account : accounts) {
			BigDecimal potential = (account[2] != null) ? (BigDecimal) account[2] : BigDecimal.ZERO;
			int fit = (potential.compareTo(BigDecimal.valueOf(2_000_000)) >= 0) ? 5
					: (potential.compareTo(BigDecimal.valueOf(800_000)) >= 0) ? 4 : 3;
			this.jdbc.sql("""
					insert into ka_account (id, version, created_at, customer_id, strategic_fit, reason,
					                        designated_on, designated_by)
					values (:id, 0, current_timestamp, :c, :fit, :reason, :on, :by)""")
				.param("id", ids.next())
				.param("c", account[0])
				.param("fit", fit)
				.param("reason", "年采购潜力大、印刷品类多，适合长期合作")
				.param("on", today.minusMonths(6))
				.param("by", account[1])
				.update();
		}
		return accounts.size();
	}

	/**
	 * A plan of the rep's largest key account without an account team, in the state
	 * given.
	 */
	private void plan(String rep, int year, LocalDate today, PlanStatus state) {
		Optional<Object[]> account = this.jdbc.sql("""
				select c.id, u.id, c.potential, t.manager_id from customer c join app_user u on u.id = c.owner_id
				left join sales_team t on t.id = u.team_id
				where u.username = :rep and c.key_account = true
				and not exists (select 1 from account_team_member m where m.customer_id = c.id)
				order by c.potential desc, c.id fetch first 1 rows only""")
			.param("rep", rep)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
							rs.getObject(4, Long.class) })
			.optional();
		if (account.isEmpty()) {
			return;
		}
		long customer = (Long) account.get()[0];
		long owner = (Long) account.get()[1];
		BigDecimal potential = (account.get()[2] != null) ? (BigDecimal) account.get()[2] : BigDecimal.ZERO;
		BigDecimal target = potential.divide(BigDecimal.valueOf(3), -4, RoundingMode.HALF_UP)
			.max(BigDecimal.valueOf(100_000))
			.setScale(2);
		KeyAccountPlan plan = new KeyAccountPlan(customer, year, owner);
		plan.write(new PlanContent("成为客户包装与说明书印刷的首选供应商", "优势：交期稳定、打样快\n劣势：价格偏高\n机会：客户新品线扩产\n威胁：竞争对手低价抢单",
				"以打样和交期服务切入新品线；季度业务回顾", "客户采购集中招标，价格压力大",
				List.of(new PlanObjective("本年度销售额", Kpis.Codes.SALES, target, owner, LocalDate.of(year, 12, 31)),
						new PlanObjective("毛利", Kpis.Codes.PROFIT,
								target.divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP), owner,
								LocalDate.of(year, 12, 31))),
				List.of(new PlanAction("拜访采购总监，确认年度招标时间", owner, today.minusDays(3), ActionStatus.OPEN),
						new PlanAction("为新品线安排免费打样", owner, today.plusDays(5), ActionStatus.OPEN),
						new PlanAction("季度业务回顾会", owner, today.plusDays(40), ActionStatus.OPEN))));
		if (state != PlanStatus.DRAFT) {
			plan.submit(today.minusDays(10));
		}
		Long manager = (Long) account.get()[3];
		if (state == PlanStatus.APPROVED && manager != null) {
			plan.decide(true, manager, today.minusDays(7), "同意，请重点跟进新品线");
			plan.review(new PlanReview((today.getMonthValue() + 2) / 3, "招标已确认，打样进行中", today.minusDays(1), owner));
		}
		this.plans.save(plan);
	}

}
