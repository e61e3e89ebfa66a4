package org.salesteam.performance.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generation of the KPI rollups, kept in {@code kpi_rollup_version} so that every
 * node sees it. A transaction that changes a rollup calls {@link #changed()}; the
 * generation is raised once, after that transaction commits, in a transaction of its own
 * (a rolled-back change raises nothing). Readers read {@link #current()} before they read
 * any rollup: figures read under generation {@code g} may already include later commits
 * but never miss a commit that raised the generation to {@code g}.
 */
@Component
class RollupVersion {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	RollupVersion(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	long current() {
		return this.jdbc.sql("select version from kpi_rollup_version where id = 1").query(Long.class).single();
	}

	/**
	 * The current transaction changed a rollup (or, outside one, a rollup was changed).
	 */
	void changed() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			raise();
			return;
		}
		boolean registered = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.anyMatch(RaiseAfterCommit.class::isInstance);
		if (!registered) {
			TransactionSynchronizationManager.registerSynchronization(new RaiseAfterCommit());
		}
	}

	/** One per transaction that changed a rollup. */
	private final class RaiseAfterCommit implements TransactionSynchronization {

		@Override
		public void afterCommit() {
			raise();
		}

	}

	private void raise() {
		this.ownTransaction.executeWithoutResult(
				(status) -> this.jdbc.sql("update kpi_rollup_version set version = version + 1 where id = 1").update());
	}

}
