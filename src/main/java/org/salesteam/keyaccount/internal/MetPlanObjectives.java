package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.keyaccount.PlanObjectives;
import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PlanObjectives} (ADR 0053): the objectives of approved plans, measured as the
 * plan page measures them ({@link PlanReading}: the KPI on {@code customer:{id}} from the
 * plan year's first day to the day asked, or to its last day once it is over) for the
 * system, not for a reader. A higher-is-better objective is met when its attainment
 * ({@link PlanReading#attainment}) reaches 100.0 %; a lower-is-better one (a rate to keep
 * down) only when its year is over and the year's value is at most the target — before
 * that a low figure early in the year proves nothing.
 */
@Service
class MetPlanObjectives implements PlanObjectives {

	private static final KpiViewer SYSTEM = KpiViewer.system("key-account objectives met");

	private static final BigDecimal FULL = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final Kpis kpis;

	MetPlanObjectives(JdbcClient jdbc, Kpis kpis) {
		this.jdbc = jdbc;
		this.kpis = kpis;
	}

	/** An objective as stored, before it is measured. */
	private record Asked(long planId, int position, long customerId, long planOwnerId, Long objectiveOwnerId, int year,
			String kpiCode, BigDecimal target) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<MetObjective> metBetween(LocalDate since, LocalDate asOf) {
		Map<Long, List<Asked>> byPlan = new LinkedHashMap<>();
		this.jdbc.sql("""
				select p.id, o.position, p.customer_id, p.owner_id, o.owner_id, p.plan_year, o.kpi_code, o.target
				from ka_plan p join ka_plan_objective o on o.plan_id = p.id
				where p.status = 'APPROVED' and p.plan_year between :first and :last
				order by p.id, o.position
				""")
			.param("first", since.getYear())
			.param("last", asOf.getYear())
			.query((rs, row) -> new Asked(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4),
					rs.getObject(5, Long.class), rs.getInt(6), rs.getString(7), rs.getBigDecimal(8)))
			.list()
			.forEach((asked) -> byPlan.computeIfAbsent(asked.planId(), (plan) -> new ArrayList<>()).add(asked));
		List<MetObjective> met = new ArrayList<>();
		byPlan.values().forEach((objectives) -> met.addAll(met(objectives, asOf)));
		return met;
	}

	private List<MetObjective> met(List<Asked> objectives, LocalDate asOf) {
		Asked first = objectives.get(0);
		LocalDate yearEnd = LocalDate.of(first.year(), 12, 31);
		LocalDate until = asOf.isBefore(yearEnd) ? asOf : yearEnd;
		boolean yearOver = !asOf.isBefore(yearEnd);
		Map<String, BigDecimal> actuals = actuals(objectives, until);
		List<MetObjective> met = new ArrayList<>();
		for (Asked objective : objectives) {
			BigDecimal actual = actuals.get(objective.kpiCode());
			if (reached(objective, actual, yearOver)) {
				met.add(new MetObjective(objective.planId(), objective.position(), objective.customerId(),
						objective.planOwnerId(), objective.objectiveOwnerId(), objective.year(), objective.kpiCode(),
						objective.target(), actual, until));
			}
		}
		return met;
	}

	private boolean reached(Asked objective, BigDecimal actual, boolean yearOver) {
		if (actual == null) {
			return false;
		}
		boolean higherIsBetter = this.kpis.find(objective.kpiCode()).map(KpiDefinition::higherIsBetter).orElse(true);
		if (!higherIsBetter) {
			return yearOver && actual.compareTo(objective.target()) <= 0;
		}
		BigDecimal attainment = PlanReading.attainment(actual, objective.target());
		return attainment != null && attainment.compareTo(FULL) >= 0;
	}

	/** The plan's KPIs on its account from the year's first day to {@code until}. */
	private Map<String, BigDecimal> actuals(List<Asked> objectives, LocalDate until) {
		Map<String, BigDecimal> actuals = new HashMap<>();
		Asked plan = objectives.get(0);
		LocalDate from = LocalDate.of(plan.year(), 1, 1);
		if (until.isBefore(from)) {
			return actuals;
		}
		List<String> codes = objectives.stream().map(Asked::kpiCode).distinct().toList();
		for (KpiValue value : this.kpis.compute(SYSTEM, KpiScope.customer(plan.customerId()),
				new KpiPeriod(from, until), codes)) {
			if (value.value() != null) {
				actuals.put(value.code(), value.value());
			}
		}
		return actuals;
	}

}
