package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.salesteam.performance.Kpis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo (ADR 0053), once, after {@link DemoKeyAccounts}: one approved plan of this year
 * whose sales objective is already met, so that the recognition wall shows a key-account
 * objective met. The account: the key account with the most placed sales this year up to
 * yesterday, of a rep whose accounts the other demo plans and reviews leave alone (not
 * rep1, rep2, rep3, rep6, rep7), without a plan this year. Its SALES objective is 90 % of
 * those sales (rounded down to ¥1,000, met), its PROFIT objective 150 % of the profit so
 * far (not met yet).
 */
@Component
@Order(99)
class DemoMetObjective implements ApplicationRunner {

	static final String VISION = "巩固年度框架协议，扩大包装印刷份额";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final PlanRepository plans;

	private final Clock clock;

	private final boolean enabled;

	DemoMetObjective(JdbcClient jdbc, TransactionTemplate transaction, PlanRepository plans, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.plans = plans;
		this.clock = clock;
		this.enabled = enabled;
	}

	/** The chosen account's owner, manager and figures so far this year. */
	private record Account(long customerId, long ownerId, Long managerId, BigDecimal sales, BigDecimal profit) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			boolean made = this.jdbc.sql("select count(*) from ka_plan where vision = :vision")
				.param("vision", VISION)
				.query(Long.class)
				.single() > 0;
			if (made || this.plans.count() == 0) {
				return;
			}
			LocalDate today = LocalDate.now(this.clock);
			account(today).ifPresent((account) -> plan(account, today));
		});
	}

	private Optional<Account> account(LocalDate today) {
		return this.jdbc.sql("""
				select c.id, c.owner_id, t.manager_id, sum(l.net_amount), sum(l.net_amount - l.cost)
				from customer c join app_user u on u.id = c.owner_id left join sales_team t on t.id = u.team_id
				join sales_order o on o.customer_id = c.id join order_line l on l.order_id = o.id
				where c.key_account = true and u.username not in ('rep1', 'rep2', 'rep3', 'rep6', 'rep7')
				  and o.status in ('CONFIRMED', 'DELIVERED') and o.order_date >= :from and o.order_date < :today
				  and not exists (select 1 from ka_plan p where p.customer_id = c.id and p.plan_year = :year)
				group by c.id, c.owner_id, t.manager_id
				order by sum(l.net_amount) desc, c.id fetch first 1 rows only""")
			.param("from", today.withDayOfYear(1))
			.param("today", today)
			.param("year", today.getYear())
			.query((rs, row) -> new Account(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
					rs.getBigDecimal(4), rs.getBigDecimal(5)))
			.optional()
			.filter((account) -> account.sales().compareTo(BigDecimal.valueOf(10_000)) >= 0);
	}

	private void plan(Account account, LocalDate today) {
		int year = today.getYear();
		long owner = account.ownerId();
		BigDecimal salesTarget = account.sales()
			.multiply(new BigDecimal("0.9"))
			.divide(BigDecimal.valueOf(1000), 0, RoundingMode.DOWN)
			.multiply(BigDecimal.valueOf(1000));
		BigDecimal profitTarget = account.profit()
			.max(BigDecimal.ONE)
			.multiply(new BigDecimal("1.5"))
			.setScale(-3, RoundingMode.UP)
			.setScale(2);
		KeyAccountPlan plan = new KeyAccountPlan(account.customerId(), year, owner);
		plan.write(new PlanContent(VISION, null, "年初锁定框架协议；每季度回顾交期与质量", "客户年中可能重新招标",
				List.of(new PlanObjective("本年度销售额", Kpis.Codes.SALES, salesTarget.setScale(2), owner,
						LocalDate.of(year, 12, 31)),
						new PlanObjective("毛利", Kpis.Codes.PROFIT, profitTarget, owner, LocalDate.of(year, 12, 31))),
				List.of(new PlanAction("年度业务回顾会", owner, today.plusDays(30), ActionStatus.OPEN))));
		plan.submit(LocalDate.of(year, 1, 10));
		if (account.managerId() != null) {
			plan.decide(true, account.managerId(), LocalDate.of(year, 1, 12), "同意");
		}
		this.plans.save(plan);
	}

}
