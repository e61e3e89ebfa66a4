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
	public record Rebuilt(int salesRows, long millis) {
	}

	private static final Logger log = LoggerFactory.getLogger(KpiRollups.class);

	private final SalesRollup sales;

	KpiRollups(SalesRollup sales) {
		this.sales = sales;
	}

	@Transactional
	public Rebuilt rebuild() {
		long started = System.nanoTime();
		int rows = this.sales.rebuild();
		Rebuilt rebuilt = new Rebuilt(rows, (System.nanoTime() - started) / 1_000_000);
		log.info("KPI rollups rebuilt: {} sales rows in {} ms", rebuilt.salesRows(), rebuilt.millis());
		return rebuilt;
	}

	@Override
	@Transactional
	public int rebuildRollups() {
		return rebuild().salesRows();
	}

	/** Rebuilds when orders exist but the rollups are empty. */
	@Transactional
	public void rebuildIfEmpty() {
		if (this.sales.isEmpty() && this.sales.hasOrders()) {
			rebuild();
		}
	}

}
