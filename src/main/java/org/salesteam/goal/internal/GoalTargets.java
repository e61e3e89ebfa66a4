package org.salesteam.goal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalStatus;
import org.salesteam.goal.GoalType;
import org.salesteam.goal.PeriodKind;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiTargets;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link KpiTargets} from the approved goals: the approved goal of that type for exactly
 * that scope and period (a calendar month, quarter or year); failing that, when the range
 * is whole calendar months and every one of them has an approved monthly goal, their sum.
 * Anything else (a range cut across months, a month without an approved goal) has no
 * target, so the KPI measured against it is undefined.
 */
@Component
class GoalTargets implements KpiTargets {

	private final GoalRepository goals;

	GoalTargets(GoalRepository goals) {
		this.goals = goals;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BigDecimal> target(String goalType, KpiScope scope, LocalDate from, LocalDate to) {
		GoalType type;
		try {
			type = GoalType.valueOf(goalType);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		Optional<BigDecimal> exact = this.goals
			.findByTypeAndScopeAndPeriodFromAndPeriodTo(type, scope.format(), from, to)
			.stream()
			.filter((goal) -> goal.getStatus() == GoalStatus.APPROVED)
			.map(Goal::getTarget)
			.findFirst();
		if (exact.isPresent() || from.getDayOfMonth() != 1 || !to.equals(YearMonth.from(to).atEndOfMonth())) {
			return exact;
		}
		long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
		List<Goal> monthly = this.goals
			.findByTypeAndScopeAndStatusAndPeriodKindAndPeriodFromGreaterThanEqualAndPeriodToLessThanEqual(type,
					scope.format(), GoalStatus.APPROVED, PeriodKind.MONTH, from, to);
		if (monthly.size() != months) {
			return Optional.empty();
		}
		return Optional.of(monthly.stream().map(Goal::getTarget).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

}
