package org.salesteam.keyaccount.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.keyaccount.internal.PortfolioRows.Score;
import org.salesteam.team.TeamDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This year's and last year's key-account portfolio of 华东一部 (manager1): up to ten key
 * accounts of the team (the largest potential first; other customers of the team when
 * there are fewer), five attractiveness factors and five success factors, scored by two
 * scorers — the manager and production (生产部) — who disagree on one account's volume (σ ≥
 * 2). Runs once, while no portfolio exists. Deterministic: the scores follow the
 * accounts' order.
 */
@Component
@Order(97)
class DemoPortfolio implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);

	private static final List<Factor> FACTORS = List.of(new Factor("采购量与增长", 30), new Factor("毛利", 25),
			new Factor("潜力", 20), new Factor("付款", 15), new Factor("战略契合", 10));

	private static final List<Factor> SUCCESS = List.of(new Factor("价格", 30), new Factor("质量", 30),
			new Factor("交期", 20), new Factor("服务", 10), new Factor("技术支持", 10));

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final PortfolioRepository portfolios;

	private final PortfolioRows rows;

	private final TeamDirectory directory;

	private final Clock clock;

	private final boolean enabled;

	DemoPortfolio(JdbcClient jdbc, TransactionTemplate transaction, PortfolioRepository portfolios, PortfolioRows rows,
			TeamDirectory directory, Clock clock, @Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.portfolios = portfolios;
		this.rows = rows;
		this.directory = directory;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			Long manager = this.directory.findMemberByUsername("manager1").map(TeamDirectory.Member::id).orElse(null);
			if (manager == null || this.portfolios.count() > 0) {
				return;
			}
			List<Long> accounts = this.jdbc.sql("""
					select c.id from customer c join app_user u on u.id = c.owner_id
					join sales_team t on t.id = u.team_id
					where t.manager_id = :manager
					order by case when c.key_account then 0 else 1 end, c.potential desc, c.id
					fetch first 10 rows only""").param("manager", manager).query(Long.class).list();
			if (accounts.isEmpty()) {
				return;
			}
			long team = this.jdbc.sql("select min(id) from sales_team where manager_id = :manager")
				.param("manager", manager)
				.query(Long.class)
				.single();
			int year = LocalDate.now(this.clock).getYear();
			// last year's first, so that this year's shows how each account moved
			portfolio(year - 1, team, manager, accounts, 1);
			portfolio(year, team, manager, accounts, 0);
			log.info("Demo key-account portfolios: {} accounts, this year and last", accounts.size());
		});
	}

	/**
	 * The team's portfolio of a year; last year's ({@code shift} 1) scores each account
	 * as this year's scores the next one, so the accounts move between the boxes.
	 */
	private void portfolio(int year, long team, long manager, List<Long> accounts, int shift) {
		long id = this.portfolios
			.saveAndFlush(new Portfolio("华东一部重点客户组合 " + year, year, "keyaccounts:team:" + team, manager))
			.getId();
		this.rows.replaceAccounts(id, accounts);
		this.rows.replaceFactors(id, FactorKind.ATTRACTIVENESS, FACTORS);
		this.rows.replaceFactors(id, FactorKind.SUCCESS, SUCCESS);
		for (int i = 0; i < accounts.size(); i++) {
			score(id, accounts.get(i), "manager1", i + shift, 0);
			score(id, accounts.get(i), "生产部", i + shift, 1);
		}
	}

	/**
	 * Scores that spread the accounts over the four boxes: attractiveness falls with the
	 * index, relative strength alternates; the second scorer differs by one point, and by
	 * four on the first account's volume.
	 */
	private void score(long portfolioId, long customerId, String scorer, int index, int other) {
		List<Score> scores = new ArrayList<>();
		for (int f = 0; f < FACTORS.size(); f++) {
			double base = Math.max(1, 9 - index * 0.7 - f * 0.3);
			double value = Math.min(10, Math.round(base) + other * ((index == 0 && f == 0) ? -4 : (f % 2)));
			scores.add(new Score(customerId, scorer, FactorKind.ATTRACTIVENESS, FACTORS.get(f).name(), value, null));
		}
		for (int f = 0; f < SUCCESS.size(); f++) {
			double us = (index % 2 == 0) ? 7 + other * (f % 2) : 5;
			double best = (index % 2 == 0) ? 6 : 7 + other * (f % 2);
			scores.add(new Score(customerId, scorer, FactorKind.SUCCESS, SUCCESS.get(f).name(), us, best));
		}
		this.rows.replaceScores(portfolioId, customerId, scorer, scores);
	}

}
