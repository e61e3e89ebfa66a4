package org.salesteam.performance.internal;

import java.sql.DatabaseMetaData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

	private final NamedParameterJdbcTemplate batches;

	private final boolean postgres;

	private final RollupVersion version;

	RollupRows(JdbcClient jdbc, JdbcTemplate batches, DataSource dataSource, RollupVersion version) {
		this.jdbc = jdbc;
		this.batches = new NamedParameterJdbcTemplate(batches);
		this.version = version;
		this.postgres = isPostgres(dataSource);
	}

	/** A row's key columns and the values written to it. */
	record Row(Map<String, Object> key, Map<String, Object> values) {
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

	/**
	 * {@link #add} for many rows with the same columns: one batch on PostgreSQL, row by
	 * row on H2.
	 */
	void addAll(String table, List<Row> rows) {
		writeAll(table, rows, Combine.ADD);
	}

	/** {@link #least} for many rows with the same columns, like {@link #addAll}. */
	void leastAll(String table, List<Row> rows) {
		writeAll(table, rows, Combine.LEAST);
	}

	private void writeAll(String table, List<Row> rows, Combine combine) {
		if (rows.isEmpty()) {
			return;
		}
		if (!this.postgres) {
			rows.forEach((row) -> write(table, row.key(), row.values(), combine));
			return;
		}
		this.version.changed(RollupVersion.Rollup.of(table));
		Row first = rows.get(0);
		this.batches.batchUpdate(upsert(table, first.key(), first.values(), combine),
				rows.stream()
					.map((row) -> new MapSqlParameterSource(all(row.key(), row.values())))
					.toArray(MapSqlParameterSource[]::new));
	}

	/** PostgreSQL's {@code insert … on conflict … do update} of one row. */
	private static String upsert(String table, Map<String, Object> key, Map<String, Object> values, Combine combine) {
		List<String> columns = List.copyOf(all(key, values).keySet());
		String update = values.keySet()
			.stream()
			.map((c) -> c + " = " + combine.of(table + "." + c, "excluded." + c))
			.collect(Collectors.joining(", "));
		return "insert into %s (%s) values (%s) on conflict (%s) do update set %s".formatted(table,
				String.join(", ", columns), params(columns), String.join(", ", key.keySet()), update);
	}

	private static Map<String, Object> all(Map<String, Object> key, Map<String, Object> values) {
		Map<String, Object> all = new LinkedHashMap<>(key);
		all.putAll(values);
		return all;
	}

	private void write(String table, Map<String, Object> key, Map<String, Object> values, Combine combine) {
		this.version.changed(RollupVersion.Rollup.of(table));
		Map<String, Object> all = all(key, values);
		if (this.postgres) {
			this.jdbc.sql(upsert(table, key, values, combine)).params(all).update();
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
