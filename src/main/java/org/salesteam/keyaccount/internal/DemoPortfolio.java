package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
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
 * 2). Both have scoring scales (ADR 0041): growth, margin and potential measured from the
 * data, payment and strategic fit by judgement; last year's is locked on 20 December as
 * that year's snapshot, and this year's first four accounts have a three-year forecast.
 * Runs once, while no portfolio exists. Deterministic: the scores follow the accounts'
 * order.
 */
@Component
@Order(97)
class DemoPortfolio implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);

	private static final List<Factor> FACTORS = List.of(new Factor("采购量与增长", 30), new Factor("毛利", 25),
			new Factor("潜力", 20), new Factor("付款", 15), new Factor("战略契合", 10));

	private static final List<Factor> SUCCESS = List.of(new Factor("价格", 30), new Factor("质量", 30),
			new Factor("交期", 20), new Factor("服务", 10), new Factor("技术支持", 10));

	private static final List<FactorScale> SCALES = List.of(
			new FactorScale("采购量与增长", FactorMeasure.GROWTH,
					bands(new int[] { 2, 4, 6, 8, 10 }, new String[] { null, "-10", "0", "10", "25", null })),
			new FactorScale("毛利", FactorMeasure.MARGIN,
					bands(new int[] { 2, 4, 6, 8, 10 }, new String[] { null, "10", "20", "30", "40", null })),
			new FactorScale("潜力", FactorMeasure.POTENTIAL,
					bands(new int[] { 3, 5, 7, 9, 10 },
							new String[] { null, "100000", "300000", "1000000", "3000000", null })),
			new FactorScale("付款", null,
					List.of(new ScoringBand(2, null, null, "经常逾期 60 天以上"), new ScoringBand(5, null, null, "偶有逾期，催收后能付"),
							new ScoringBand(9, null, null, "按合同账期准时付款"))),
			new FactorScale("战略契合", null, List.of(new ScoringBand(3, null, null, "非目标行业，一次性需求"),
					new ScoringBand(6, null, null, "目标行业，需求稳定"), new ScoringBand(9, null, null, "目标行业的标杆，能带动同行"))));

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final PortfolioRepository portfolios;

	private final PortfolioRows rows;

	private final ScaleRows scales;

	private final PortfolioForecasts forecasts;

	private final TeamDirectory directory;

	private final Clock clock;

	private final boolean enabled;

	DemoPortfolio(JdbcClient jdbc, TransactionTemplate transaction, PortfolioRepository portfolios, PortfolioRows rows,
			ScaleRows scales, PortfolioForecasts forecasts, TeamDirectory directory, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.portfolios = portfolios;
		this.rows = rows;
		this.scales = scales;
		this.forecasts = forecasts;
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
			portfolio(year - 1, team, manager, accounts, 1).lock(LocalDate.of(year - 1, 12, 20), manager);
			long current = portfolio(year, team, manager, accounts, 0).getId();
			for (int i = 0; i < Math.min(4, accounts.size()); i++) {
				this.forecasts.write(current, accounts.get(i), new PortfolioForecasts.Forecast(9.0 - i,
						(14 - 2 * i) / 10.0, BigDecimal.valueOf(1_200_000L - 200_000L * i)));
			}
			log.info("Demo key-account portfolios: {} accounts, this year and last", accounts.size());
		});
	}

	/**
	 * The team's portfolio of a year; last year's ({@code shift} 1) scores each account
	 * as this year's scores the next one, so the accounts move between the boxes.
	 */
	private Portfolio portfolio(int year, long team, long manager, List<Long> accounts, int shift) {
		Portfolio portfolio = this.portfolios
			.saveAndFlush(new Portfolio("华东一部重点客户组合 " + year, year, "keyaccounts:team:" + team, manager));
		long id = portfolio.getId();
		this.rows.replaceAccounts(id, accounts);
		this.rows.replaceFactors(id, FactorKind.ATTRACTIVENESS, FACTORS);
		this.rows.replaceFactors(id, FactorKind.SUCCESS, SUCCESS);
		for (int i = 0; i < accounts.size(); i++) {
			score(id, accounts.get(i), "manager1", i + shift, 0);
			score(id, accounts.get(i), "生产部", i + shift, 1);
		}
		this.scales.replace(id, SCALES);
		return portfolio;
	}

	/**
	 * Measured bands: score number i for the values from bound i (included) to bound i +
	 * 1 (excluded), null = open.
	 */
	private static List<ScoringBand> bands(int[] scores, String[] bounds) {
		List<ScoringBand> bands = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			bands.add(new ScoringBand(scores[i], (bounds[i] != null) ? new BigDecimal(bounds[i]) : null,
					(bounds[i + 1] != null) ? new BigDecimal(bounds[i + 1]) : null, null));
		}
		return bands;
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
