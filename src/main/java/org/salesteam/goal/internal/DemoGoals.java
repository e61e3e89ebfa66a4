package org.salesteam.goal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.goal.AllocationMethod;
import org.salesteam.goal.GoalType;
import org.salesteam.goal.PeriodKind;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.IdBlocks;
import org.salesteam.team.TeamDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approved SALES_VOLUME goals (yearly and quarterly) and NEW_CUSTOMERS goals (yearly: a
 * quarter has too few new customers to split among reps) for last year and this year, for
 * the company, each team and each rep. Runs after the KPI rollups are built
 * (performance's {@code RollupsAtStartup} is {@code @Order(90)}), once, while the goal
 * table is empty. Targets: this year's company target is this year's figure projected to
 * the period's end at the rate so far + 5 % (new customers + 10 %; last year's actual for
 * a period not started); last year's is its actual − 5 % (the demo has no sales from the
 * year before to base it on). The company target is split among the teams and each team's
 * among its reps by their share of the SALES of the base year (last year for this year's
 * goals; new customers equally among a team's reps), the remainder on the largest part,
 * so the parts add up. The managers adjusted two weights the way the handbook's story
 * goes: rep3 (刘洋, "Joe Martin") gets 15 % less volume and 60 % more new customers than
 * his share, so he is ahead on volume and behind on new customers. Deterministic: figures
 * come from the demo orders only.
 */
@Component
@Order(95)
class DemoGoals implements ApplicationRunner {

	private static final KpiViewer DEMO = KpiViewer.system("demo goals");

	private static final Logger log = LoggerFactory.getLogger(DemoGoals.class);

	private static final String JOE_MARTIN = "rep3";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Kpis kpis;

	private final TeamDirectory directory;

	private final Clock clock;

	private final boolean enabled;

	private final BigDecimal roundingUnit;

	private final List<Object[]> rows = new ArrayList<>();

	DemoGoals(JdbcTemplate jdbc, TransactionTemplate transaction, Kpis kpis, TeamDirectory directory, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled,
			@Value("${salesteam.goals.rounding-unit:100}") BigDecimal roundingUnit) {
		this.roundingUnit = roundingUnit;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.kpis = kpis;
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
			Integer goals = this.jdbc.queryForObject("select count(*) from goal", Integer.class);
			Integer orders = this.jdbc.queryForObject("select count(*) from kpi_sales_day", Integer.class);
			Long director = this.directory.findMemberByUsername("director").map(TeamDirectory.Member::id).orElse(null);
			if (goals == null || goals > 0 || orders == null || orders == 0) {
				return;
			}
			long started = System.nanoTime();
			IdBlocks ids = new IdBlocks(this.jdbc);
			int year = LocalDate.now(this.clock).getYear();
			for (int y : new int[] { year - 1, year }) {
				List<PeriodKind.Period> periods = new ArrayList<>();
				periods.add(PeriodKind.of(PeriodKind.YEAR, LocalDate.of(y, 1, 1)));
				for (int q = 0; q < 4; q++) {
					periods.add(PeriodKind.of(PeriodKind.QUARTER, LocalDate.of(y, q * 3 + 1, 1)));
				}
				for (PeriodKind.Period period : periods) {
					goals(ids, director, GoalType.SALES_VOLUME, period, y == year);
					if (period.kind() == PeriodKind.YEAR) {
						goals(ids, director, GoalType.NEW_CUSTOMERS, period, y == year);
					}
				}
			}
			this.jdbc.batchUpdate("""
					insert into goal (id, version, created_at, goal_type, scope, owner_id, team_id, period_kind,
					  period_from, period_to, target, status, approved_by, approved_at, parent_id, allocation_method)
					values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, ?, ?)
					""", this.rows);
			log.info("Demo goals: {} in {} ms", this.rows.size(), (System.nanoTime() - started) / 1_000_000);
			this.rows.clear();
		});
	}

	private void goals(IdBlocks ids, Long director, GoalType type, PeriodKind.Period period, boolean thisYear) {
		PeriodKind.Period base = thisYear ? period.lastYear() : period;
		BigDecimal companyBase = thisYear ? projected(type, period) : actual(KpiScope.company(), base, type);
		BigDecimal factor = thisYear ? new BigDecimal(type == GoalType.SALES_VOLUME ? "1.05" : "1.10")
				: new BigDecimal("0.95");
		int scale = (type == GoalType.SALES_VOLUME) ? -4 : 0;
		BigDecimal companyTarget = companyBase.multiply(factor).setScale(scale, RoundingMode.HALF_UP).setScale(2);
		if (companyTarget.signum() <= 0) {
			return;
		}
		add(ids, director, type, KpiScope.company(), null, null, period, companyTarget, null);
		List<TeamDirectory.TeamSummary> teams = this.directory.allTeams()
			.stream()
			.filter(TeamDirectory.TeamSummary::active)
			.toList();
		List<BigDecimal> teamWeights = teams.stream()
			.map((team) -> actual(KpiScope.team(team.id()), base, GoalType.SALES_VOLUME))
			.toList();
		List<BigDecimal> teamTargets = split(companyTarget, teamWeights, type);
		for (int t = 0; t < teams.size(); t++) {
			TeamDirectory.TeamSummary team = teams.get(t);
			long teamGoal = add(ids, director, type, KpiScope.team(team.id()), null, team.id(), period,
					teamTargets.get(t), null);
			List<TeamDirectory.Member> reps = this.directory.membersOf(team.id());
			List<BigDecimal> weights = new ArrayList<>();
			for (TeamDirectory.Member rep : reps) {
				// winning new customers is prospecting work, not proportional to sales:
				// equal shares
				BigDecimal weight = (type == GoalType.NEW_CUSTOMERS) ? BigDecimal.ONE
						: actual(KpiScope.rep(rep.username()), base, GoalType.SALES_VOLUME);
				if (JOE_MARTIN.equals(rep.username())) {
					weight = weight.multiply(new BigDecimal(type == GoalType.SALES_VOLUME ? "0.85" : "1.60"));
				}
				weights.add(weight);
			}
			if (reps.isEmpty() || weights.stream().allMatch((w) -> w.signum() == 0)) {
				continue;
			}
			List<BigDecimal> parts = split(teamTargets.get(t), weights, type);
			for (int r = 0; r < reps.size(); r++) {
				add(ids, director, type, KpiScope.rep(reps.get(r).username()), reps.get(r).id(), null, period,
						parts.get(r), teamGoal);
			}
		}
	}

	/**
	 * This year's company figure for the whole period at the rate so far (calendar days),
	 * or last year's when the period has not started: the demo sales grow fast, so last
	 * year alone would make every target easy.
	 */
	private BigDecimal projected(GoalType type, PeriodKind.Period period) {
		LocalDate today = LocalDate.now(this.clock);
		if (today.isBefore(period.from())) {
			return actual(KpiScope.company(), period.lastYear(), type);
		}
		LocalDate until = today.isAfter(period.to()) ? period.to() : today;
		BigDecimal soFar = actual(KpiScope.company(), new PeriodKind.Period(period.kind(), period.from(), until), type);
		long elapsed = java.time.temporal.ChronoUnit.DAYS.between(period.from(), until) + 1;
		long total = java.time.temporal.ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
		return soFar.multiply(BigDecimal.valueOf(total)).divide(BigDecimal.valueOf(elapsed), 2, RoundingMode.HALF_UP);
	}

	private List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights, GoalType type) {
		BigDecimal unit = (type.unit() == GoalType.Unit.MONEY) ? this.roundingUnit : BigDecimal.ONE;
		if (weights.stream().allMatch((w) -> w.signum() == 0)) {
			return AllocationMethod.split(total, weights.stream().map((w) -> BigDecimal.ONE).toList(), unit);
		}
		return AllocationMethod.split(total, weights, unit);
	}

	private BigDecimal actual(KpiScope scope, PeriodKind.Period period, GoalType type) {
		BigDecimal value = this.kpis.compute(DEMO, scope, new KpiPeriod(period.from(), period.to()), type.kpiCode())
			.numerator();
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private long add(IdBlocks ids, Long director, GoalType type, KpiScope scope, Long ownerId, Long teamId,
			PeriodKind.Period period, BigDecimal target, Long parentId) {
		long id = ids.next();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.rows.add(new Object[] { id, now, type.name(), scope.format(), ownerId, teamId, period.kind().name(),
				Date.valueOf(period.from()), Date.valueOf(period.to()), target.setScale(2), director, now, parentId,
				(parentId != null) ? AllocationMethod.LAST_YEAR_SHARE.name() : null });
		return id;
	}

}
