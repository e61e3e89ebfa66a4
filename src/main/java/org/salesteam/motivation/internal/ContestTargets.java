package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.salesteam.goal.GoalType;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiTargets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A participant's goal target for the contest's KPI over its window, for PCT_OF_TARGET:
 * the approved goal of the KPI's goal type ({@link GoalType#kpiCode}) for exactly the
 * window if there is one, else the goals of the calendar months, quarters or years (the
 * first kind that covers the whole window) pro-rated by working days (Monday to Friday)
 * inside the window. None when no goal covers it.
 */
@Component
class ContestTargets {

	private static final int[] STEPS = { 1, 3, 12 };

	private final ObjectProvider<KpiTargets> targets;

	ContestTargets(ObjectProvider<KpiTargets> targets) {
		this.targets = targets;
	}

	BigDecimal target(String kpiCode, KpiScope scope, KpiPeriod window) {
		Optional<GoalType> type = Arrays.stream(GoalType.values())
			.filter((candidate) -> kpiCode.equals(candidate.kpiCode()))
			.findFirst();
		if (type.isEmpty()) {
			return null;
		}
		Optional<BigDecimal> exact = find(type.get().name(), scope, window.from(), window.to());
		if (exact.isPresent()) {
			return exact.get();
		}
		for (int step : STEPS) {
			BigDecimal sum = proRated(type.get().name(), scope, window, step);
			if (sum != null) {
				return sum;
			}
		}
		return null;
	}

	private BigDecimal proRated(String goalType, KpiScope scope, KpiPeriod window, int step) {
		LocalDate start = window.from().withDayOfMonth(1);
		start = start.withMonth(((start.getMonthValue() - 1) / step) * step + 1);
		BigDecimal sum = BigDecimal.ZERO;
		while (!start.isAfter(window.to())) {
			LocalDate end = start.plusMonths(step).minusDays(1);
			Optional<BigDecimal> goal = find(goalType, scope, start, end);
			if (goal.isEmpty()) {
				return null;
			}
			LocalDate overlapFrom = start.isBefore(window.from()) ? window.from() : start;
			LocalDate overlapTo = end.isAfter(window.to()) ? window.to() : end;
			long all = workingDays(start, end);
			if (all > 0) {
				sum = sum.add(goal.get()
					.multiply(BigDecimal.valueOf(workingDays(overlapFrom, overlapTo)))
					.divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP));
			}
			start = end.plusDays(1);
		}
		return sum;
	}

	private Optional<BigDecimal> find(String goalType, KpiScope scope, LocalDate from, LocalDate to) {
		return this.targets.orderedStream()
			.map((source) -> source.target(goalType, scope, from, to))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/** Monday to Friday between the days, both included. */
	static long workingDays(LocalDate from, LocalDate to) {
		long days = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days++;
			}
		}
		return days;
	}

}
