package org.salesteam.performance.internal;

import java.sql.DatabaseMetaData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a rollup row by its key without the update-then-insert race: two transactions
 * adding to the same new key at the same instant both count, and neither fails.
 * PostgreSQL does it in one statement ({@code insert … on conflict … do update}, which
 * waits for the other transaction's row). H2 has no {@code do update}: it updates,
 * inserts when no row was there, and when the insert meets the row another transaction
 * has just inserted ({@link DuplicateKeyException}, which leaves an H2 transaction
 * usable) it updates again, a few times at most. Column names are the caller's constants,
 * never user input.
 */
@Component
class RollupRows {

	private static final int ATTEMPTS = 5;

	private final JdbcClient jdbc;

	private final boolean postgres;

	private final RollupVersion version;

	RollupRows(JdbcClient jdbc, DataSource dataSource, RollupVersion version) {
		this.jdbc = jdbc;
		this.version = version;
		this.postgres = isPostgres(dataSource);
	}

	/** How a written value meets the value already in the row. */
	private enum Combine {

		ADD, SET, LEAST;

		/**
		 * The new value of {@code column} from the row's {@code current} and
		 * {@code given}.
		 */
		String of(String current, String given) {
			return switch (this) {
				case ADD -> current + " + " + given;
				case SET -> given;
				case LEAST -> "least(" + current + ", " + given + ")";
			};
		}

	}

	/** Adds {@code values} to the columns of the row of {@code key}, creating it. */
	void add(String table, Map<String, Object> key, Map<String, Object> values) {
		write(table, key, values, Combine.ADD);
	}

	/** Sets the columns of the row of {@code key} to {@code values}, creating it. */
	void set(String table, Map<String, Object> key, Map<String, Object> values) {
		write(table, key, values, Combine.SET);
	}

	/**
	 * Keeps the smaller of each column's value and {@code values}, creating the row (two
	 * transactions lowering the same row at once both count, like {@link #add}).
	 */
	void least(String table, Map<String, Object> key, Map<String, Object> values) {
		write(table, key, values, Combine.LEAST);
	}

	private void write(String table, Map<String, Object> key, Map<String, Object> values, Combine combine) {
		this.version.changed(RollupVersion.Rollup.of(table));
		Map<String, Object> all = new LinkedHashMap<>(key);
		all.putAll(values);
		if (this.postgres) {
			String update = values.keySet()
				.stream()
				.map((c) -> c + " = " + combine.of(table + "." + c, "excluded." + c))
				.collect(Collectors.joining(", "));
			this.jdbc.sql("insert into %s (%s) values (%s) on conflict (%s) do update set %s".formatted(table,
					String.join(", ", all.keySet()), params(List.copyOf(all.keySet())), String.join(", ", key.keySet()),
					update))
				.params(all)
				.update();
			return;
		}
		for (int attempt = 1;; attempt++) {
			if (update(table, key, values, combine) > 0) {
				return;
			}
			try {
				this.jdbc
					.sql("insert into %s (%s) values (%s)".formatted(table, String.join(", ", all.keySet()),
							params(List.copyOf(all.keySet()))))
					.params(all)
					.update();
				return;
			}
			catch (DuplicateKeyException insertedMeanwhile) {
				// the other transaction's row: update it (next round) once it is visible
				if (attempt == ATTEMPTS) {
					throw insertedMeanwhile;
				}
			}
		}
	}

	private int update(String table, Map<String, Object> key, Map<String, Object> values, Combine combine) {
		String set = values.keySet()
			.stream()
			.map((c) -> c + " = " + combine.of(c, ":" + c))
			.collect(Collectors.joining(", "));
		String where = key.keySet().stream().map((c) -> c + " = :" + c).collect(Collectors.joining(" and "));
		Map<String, Object> all = new LinkedHashMap<>(key);
		all.putAll(values);
		return this.jdbc.sql("update %s set %s where %s".formatted(table, set, where)).params(all).update();
	}

	private static String params(List<String> columns) {
		return columns.stream().map((c) -> ":" + c).collect(Collectors.joining(", "));
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("cannot tell the database", ex);
		}
	}

}
