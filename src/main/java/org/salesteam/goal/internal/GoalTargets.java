package org.salesteam.goal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

	/** Scopes per read: well below every driver's limit of bound parameters. */
	private static final int CHUNK = 1000;

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

	/**
	 * {@link #target} of many scopes with two reads per thousand scopes: the exact goals,
	 * then, for whole calendar months, the monthly goals of the scopes that had none.
	 */
	@Override
	@Transactional(readOnly = true)
	public Map<KpiScope, BigDecimal> targets(String goalType, Collection<KpiScope> scopes, LocalDate from,
			LocalDate to) {
		GoalType type;
		try {
			type = GoalType.valueOf(goalType);
		}
		catch (IllegalArgumentException ex) {
			return Map.of();
		}
		Map<String, KpiScope> byFormat = new LinkedHashMap<>();
		scopes.forEach((scope) -> byFormat.put(scope.format(), scope));
		List<String> formats = new ArrayList<>(byFormat.keySet());
		Map<KpiScope, BigDecimal> found = new HashMap<>();
		for (int start = 0; start < formats.size(); start += CHUNK) {
			List<String> chunk = formats.subList(start, Math.min(start + CHUNK, formats.size()));
			this.goals.findByTypeAndStatusAndScopeInAndPeriodFromAndPeriodTo(type, GoalStatus.APPROVED, chunk, from, to)
				.forEach((goal) -> found.putIfAbsent(byFormat.get(goal.getScope()), goal.getTarget()));
		}
		if (from.getDayOfMonth() != 1 || !to.equals(YearMonth.from(to).atEndOfMonth())) {
			return found;
		}
		long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
		List<String> without = formats.stream().filter((format) -> !found.containsKey(byFormat.get(format))).toList();
		for (int start = 0; start < without.size(); start += CHUNK) {
			Map<String, List<Goal>> monthly = this.goals
				.findByTypeAndScopeInAndStatusAndPeriodKindAndPeriodFromGreaterThanEqualAndPeriodToLessThanEqual(type,
						without.subList(start, Math.min(start + CHUNK, without.size())), GoalStatus.APPROVED,
						PeriodKind.MONTH, from, to)
				.stream()
				.collect(Collectors.groupingBy(Goal::getScope));
			monthly.forEach((format, goals) -> {
				if (goals.size() == months) {
					found.put(byFormat.get(format),
							goals.stream().map(Goal::getTarget).reduce(BigDecimal.ZERO, BigDecimal::add));
				}
			});
		}
		return found;
	}

}
