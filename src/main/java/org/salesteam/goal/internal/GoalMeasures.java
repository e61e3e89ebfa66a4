package org.salesteam.goal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesteam.customer.Customers;
import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalProgress;
import org.salesteam.goal.GoalType;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.SalesSlice;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actual figure of a goal and its progress today. Sales volume, profit, new and
 * active customers come from the KPI engine for the goal's scope and whole period; sales
 * growth = (sales from the period's start to today ÷ sales of the same days last year −
 * 1) × 100; customer upgrades count the class upgrades of the scope's customers (by their
 * owner at the time; not measured for a territory); visits are the completed visits (KPI
 * VISITS). A customer-product goal measures the sales of the goal's customer (of its
 * product category, if set) in the scope; a segment goal the sales to the customers of
 * its segment (of its category, if set). A visit-cost goal's actual is the average cost
 * per visit (COST_PER_VISIT). An expense-reduction goal's actual is the amount by which
 * sales expenses (the visits' expenses) from the period's start to today are below those
 * of the same days last year (negative when they rose).
 */
@Service
public class GoalMeasures {

	private static final KpiViewer GOALS = KpiViewer.system("goal progress (the goal module decides who sees a goal)");

	private final Kpis kpis;

	private final Customers customers;

	private final TeamDirectory directory;

	private final Clock clock;

	GoalMeasures(Kpis kpis, Customers customers, TeamDirectory directory, Clock clock) {
		this.kpis = kpis;
		this.customers = customers;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public GoalProgress progress(Goal goal) {
		LocalDate today = LocalDate.now(this.clock);
		return GoalProgress.of(actual(goal, today), goal.getTarget(), goal.getStretch(), goal.getPeriod().from(),
				goal.getPeriod().to(), today, goal.getType().cumulative(), goal.getType().lowerIsBetter());
	}

	/**
	 * The actual figure of the goal by {@code today}, or {@code null} if not measured.
	 */
	BigDecimal actual(Goal goal, LocalDate today) {
		try {
			return measure(goal, today);
		}
		catch (org.salesteam.platform.NotFoundException ex) {
			// the scope's team, territory or rep is gone: nothing to measure
			return null;
		}
	}

	private BigDecimal measure(Goal goal, LocalDate today) {
		GoalType type = goal.getType();
		KpiScope scope = KpiScope.parse(goal.getScope());
		KpiPeriod period = new KpiPeriod(goal.getPeriod().from(), goal.getPeriod().to());
		if (type.kpiCode() != null) {
			return this.kpis.compute(GOALS, scope, period, type.kpiCode()).numerator();
		}
		if (type == GoalType.SALES_GROWTH) {
			return growth(scope, period, today);
		}
		if (type == GoalType.CUSTOMER_UPGRADES) {
			return upgrades(scope, period);
		}
		return switch (type) {
			case CUSTOMER_PRODUCT ->
				(goal.getCustomerId() != null)
						? this.kpis.sales(this.kpis.check(GOALS, scope), period,
								new SalesSlice(goal.getCustomerId(), null, blankToNull(goal.getProductCategory())))
						: null;
			case SEGMENT_SALES ->
				(goal.getSegmentId() != null)
						? this.kpis.sales(this.kpis.check(GOALS, scope), period,
								new SalesSlice(null, goal.getSegmentId(), blankToNull(goal.getProductCategory())))
						: null;
			case VISIT_COST -> this.kpis.compute(GOALS, scope, period, Kpis.Codes.COST_PER_VISIT).value();
			case EXPENSE_REDUCTION -> expenseReduction(scope, period, today);
			default -> null;
		};
	}

	private BigDecimal expenseReduction(KpiScope scope, KpiPeriod period, LocalDate today) {
		ToDate days = ToDate.of(period, today);
		if (days == null) {
			return null;
		}
		BigDecimal now = this.kpis.compute(GOALS, scope, days.soFar(), Kpis.Codes.COST_PER_VISIT).numerator();
		BigDecimal before = this.kpis.compute(GOALS, scope, days.lastYear(), Kpis.Codes.COST_PER_VISIT).numerator();
		return before.subtract(now);
	}

	/**
	 * The period from its start to today (or its end) and the same days last year; null
	 * before the period starts.
	 */
	private record ToDate(KpiPeriod soFar, KpiPeriod lastYear) {

		static ToDate of(KpiPeriod period, LocalDate today) {
			if (today.isBefore(period.from())) {
				return null;
			}
			KpiPeriod soFar = new KpiPeriod(period.from(), today.isAfter(period.to()) ? period.to() : today);
			return new ToDate(soFar, soFar.equals(period) ? period.lastYear()
					: new KpiPeriod(soFar.from().minusYears(1), soFar.to().minusYears(1)));
		}

	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private BigDecimal growth(KpiScope scope, KpiPeriod period, LocalDate today) {
		ToDate days = ToDate.of(period, today);
		if (days == null) {
			return null;
		}
		BigDecimal now = this.kpis.compute(GOALS, scope, days.soFar(), Kpis.Codes.SALES).numerator();
		BigDecimal before = this.kpis.compute(GOALS, scope, days.lastYear(), Kpis.Codes.SALES).numerator();
		if (now == null || before == null || before.signum() == 0) {
			return null;
		}
		return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
	}

	private BigDecimal upgrades(KpiScope scope, KpiPeriod period) {
		Set<Long> owners = switch (scope.kind()) {
			case COMPANY -> null;
			case REP ->
				this.directory.findMemberByUsername(scope.key()).map((member) -> Set.of(member.id())).orElse(Set.of());
			case TEAM -> this.directory.membersOf(scope.teamId())
				.stream()
				.map(TeamDirectory.Member::id)
				.collect(Collectors.toSet());
			case TERRITORY, CUSTOMER, SEGMENT, KEY_ACCOUNTS -> Set.of(-1L);
		};
		if (owners != null && owners.contains(-1L)) {
			return null;
		}
		List<Customers.ClassUpgrade> upgrades = this.customers.upgradesBetween(period.from(), period.to());
		return BigDecimal.valueOf(upgrades.stream()
			.filter((upgrade) -> owners == null || (upgrade.ownerId() != null && owners.contains(upgrade.ownerId())))
			.count());
	}

}
