package org.salesteam.evaluation.internal;

import java.util.List;
import java.util.Optional;

import org.salesteam.performance.KpiUnit;
import org.salesteam.performance.Kpis;

import org.springframework.stereotype.Component;

/**
 * The metrics a scorecard template may name: every KPI of the engine's catalogue (its
 * direction from there; for a manager the KPI is their teams'), and the evaluation
 * module's own metrics, which the engine does not compute:
 * <ul>
 * <li>{@code DEVELOPMENT_ITEMS_DONE} (reps): items of the rep's own column of their
 * development plans done ÷ items due in the period ({@link DevelopmentItemsDone});
 * undefined for a rep without such items, whose weights are then rescaled (ADR
 * 0033);</li>
 * <li>{@code TEAM_MEDIAN_SCORE} (managers): the median score of the rated reps of the
 * teams they manage;</li>
 * <li>{@code SCHEDULES_REVIEWED_ON_TIME} (managers): share of their reps' weekly visit
 * schedules submitted in the period that were reviewed within two days;</li>
 * <li>{@code TIME_SPLIT_FIT} (managers): 100 − ½ Σ |share − benchmark| over the five
 * families of a manager's time (36/20/18/18/8, in percentage points).</li>
 * </ul>
 */
@Component
public class ScorecardMetrics {

	/** A metric's code and direction, and whether it is one of the module's own. */
	public record Metric(String code, boolean lowerIsBetter, boolean own, KpiUnit unit) {
	}

	public static final String DEVELOPMENT_ITEMS_DONE = "DEVELOPMENT_ITEMS_DONE";

	public static final String TEAM_MEDIAN_SCORE = "TEAM_MEDIAN_SCORE";

	public static final String SCHEDULES_REVIEWED_ON_TIME = "SCHEDULES_REVIEWED_ON_TIME";

	public static final String TIME_SPLIT_FIT = "TIME_SPLIT_FIT";

	static final List<String> REP_OWN = List.of(DEVELOPMENT_ITEMS_DONE);

	static final List<String> MANAGER_OWN = List.of(TEAM_MEDIAN_SCORE, SCHEDULES_REVIEWED_ON_TIME, TIME_SPLIT_FIT);

	private final Kpis kpis;

	ScorecardMetrics(Kpis kpis) {
		this.kpis = kpis;
	}

	/** The metric of this code for the role, if a template of the role may name it. */
	public Optional<Metric> find(ScoredRole role, String code) {
		if (code == null) {
			return Optional.empty();
		}
		if ((role == ScoredRole.REP ? REP_OWN : MANAGER_OWN).contains(code)) {
			KpiUnit unit = (code.equals(TEAM_MEDIAN_SCORE) || code.equals(TIME_SPLIT_FIT)) ? KpiUnit.COUNT
					: KpiUnit.PERCENT;
			return Optional.of(new Metric(code, false, true, unit));
		}
		return this.kpis.find(code)
			.map((definition) -> new Metric(code, !definition.higherIsBetter(), false, definition.unit()));
	}

}
