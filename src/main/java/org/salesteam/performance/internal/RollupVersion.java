package org.salesteam.performance.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesteam.performance.OrderFiguresGeneration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generations of the KPI rollups, one for the order rollups and one for the
 * field-work rollups, kept in {@code kpi_rollup_version} so that every node sees them. A
 * transaction that changes a rollup calls {@link #changed}; each generation it touched is
 * raised once, after that transaction commits, in a transaction of its own (a rolled-back
 * change raises nothing). Readers read {@link #current()} before they read any rollup:
 * figures read under generation {@code g} may already include later commits but never
 * miss a commit that raised the generation to {@code g}. A logged visit therefore leaves
 * the order figures in memory, and an order the field-work figures.
 */
@Component
class RollupVersion implements OrderFiguresGeneration {

	/** The rollups with a generation of their own; {@code id} is the row's. */
	enum Rollup {

		SALES(1), FIELD_WORK(2);

		private final int id;

		Rollup(int id) {
			this.id = id;
		}

		/** The rollup a table belongs to. */
		static Rollup of(String table) {
			return (table.startsWith("kpi_activity") || table.startsWith("kpi_time")) ? FIELD_WORK : SALES;
		}

	}

	/** The generations read by one request. */
	record Generations(long sales, long fieldWork) {

		long of(Rollup rollup) {
			return (rollup == Rollup.SALES) ? this.sales : this.fieldWork;
		}

	}

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	RollupVersion(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The sales rollup's generation, for other modules' order-derived figures. */
	@Override
	public long current() {
		return generations().sales();
	}

	Generations generations() {
		Map<Integer, Long> rows = this.jdbc.sql("select id, version from kpi_rollup_version")
			.query((rs, row) -> Map.entry(rs.getInt(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new Generations(rows.get(Rollup.SALES.id), rows.get(Rollup.FIELD_WORK.id));
	}

	/**
	 * The current transaction changed {@code rollup} (or, outside one, it was changed).
	 */
	void changed(Rollup rollup) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			raise(Set.of(rollup));
			return;
		}
		RaiseAfterCommit pending = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(RaiseAfterCommit.class::isInstance)
			.map(RaiseAfterCommit.class::cast)
			.findFirst()
			.orElseGet(() -> {
				RaiseAfterCommit raise = new RaiseAfterCommit();
				TransactionSynchronizationManager.registerSynchronization(raise);
				return raise;
			});
		pending.rollups.add(rollup);
	}

	/** One per transaction that changed a rollup: the rollups it changed. */
	private final class RaiseAfterCommit implements TransactionSynchronization {

		private final Set<Rollup> rollups = EnumSet.noneOf(Rollup.class);

		@Override
		public void afterCommit() {
			raise(this.rollups);
		}

	}

	private void raise(Set<Rollup> rollups) {
		List<Integer> ids = rollups.stream().map((r) -> r.id).toList();
		this.ownTransaction.executeWithoutResult(
				(status) -> this.jdbc.sql("update kpi_rollup_version set version = version + 1 where id in (:ids)")
					.param("ids", ids)
					.update());
	}

}
