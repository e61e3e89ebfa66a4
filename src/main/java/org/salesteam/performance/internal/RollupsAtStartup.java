package org.salesteam.performance.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the rollups at start-up when they are empty but orders exist: after the demo
 * data (written in JDBC batches, without events) and on a database that predates them.
 */
@Component
@Order(90)
class RollupsAtStartup implements ApplicationRunner {

	private final KpiRollups rollups;

	RollupsAtStartup(KpiRollups rollups) {
		this.rollups = rollups;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.rollups.rebuildIfEmpty();
	}

}
