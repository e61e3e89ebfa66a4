package org.salesteam.performance.internal;

import org.salesteam.performance.KpiRollupRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rollup command: rebuilds every KPI rollup from the raw data, with the same rules as
 * the event listeners that keep them current.
 */
@Service
public class KpiRollups implements KpiRollupRebuild {

	/** What a rebuild wrote. */
	public record Rebuilt(int salesRows, int activityRows, long millis) {
	}

	private static final Logger log = LoggerFactory.getLogger(KpiRollups.class);

	private final SalesRollup sales;

	private final ActivityRollup activity;

	KpiRollups(SalesRollup sales, ActivityRollup activity) {
		this.sales = sales;
		this.activity = activity;
	}

	@Transactional
	public Rebuilt rebuild() {
		long started = System.nanoTime();
		int rows = this.sales.rebuild();
		int activityRows = this.activity.rebuild();
		Rebuilt rebuilt = new Rebuilt(rows, activityRows, (System.nanoTime() - started) / 1_000_000);
		log.info("KPI rollups rebuilt: {} sales rows, {} field-work rows in {} ms", rebuilt.salesRows(),
				rebuilt.activityRows(), rebuilt.millis());
		return rebuilt;
	}

	@Override
	@Transactional
	public java.util.Map<String, Integer> rebuildRollups() {
		Rebuilt rebuilt = rebuild();
		return java.util.Map.of("kpi_sales_day", rebuilt.salesRows(), "kpi_activity_day+kpi_time_day",
				rebuilt.activityRows());
	}

	/**
	 * Rebuilds when orders exist but the sales rollup is empty, or the field-work rollups
	 * are empty (the demo's visits and work log are written without events).
	 */
	@Transactional
	public void rebuildIfEmpty() {
		if ((this.sales.isEmpty() && this.sales.hasOrders()) || this.activity.isBehind()) {
			rebuild();
		}
	}

}
