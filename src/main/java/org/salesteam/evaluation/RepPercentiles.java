package org.salesteam.evaluation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;

/**
 * The reps' metric percentiles of a calendar year's scorecard, for other modules (the
 * coaching module's training list, ADR 0054): exactly what the scorecard page shows for
 * {@code ?year=}, the rep template's metrics with each rep's percentile among the rated
 * peers. Only the reps the viewer may see by the scorecard's rule are answered (others
 * are left out, never an error); a rep too new to rate has no entry.
 */
public interface RepPercentiles {

	/**
	 * A metric of the rep's scorecard.
	 *
	 * @param code the metric's code (a KPI code when {@code kpi})
	 * @param kpi whether the metric is a KPI of the engine's catalogue (not one of the
	 * evaluation module's own metrics)
	 * @param percentile 0–100, two decimals; null when the rep's value is undefined
	 * @param peerCount the rated peers the rep is compared with
	 */
	record MetricPercentile(String code, boolean kpi, BigDecimal percentile, int peerCount) {
	}

	/** The percentiles of the year's scorecard by rep username (as stored). */
	Map<String, List<MetricPercentile>> ofYear(UserPrincipal viewer, int year, Collection<String> usernames);

}
