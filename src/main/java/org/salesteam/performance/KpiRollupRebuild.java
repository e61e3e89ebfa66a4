package org.salesteam.performance;

import java.util.Map;

/**
 * Rebuilds every KPI rollup from the raw data, for whoever wrote orders without the sales
 * events (the scale data generator, a restore).
 */
public interface KpiRollupRebuild {

	/**
	 * Replaces the rollups by the figures of the raw data; returns the rows written by
	 * rollup table name, in a stable order.
	 */
	Map<String, Integer> rebuildRollups();

}
