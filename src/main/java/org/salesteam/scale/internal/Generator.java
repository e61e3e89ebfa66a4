package org.salesteam.scale.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.salesteam.performance.KpiRollupRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a generated company of the given scale. Deterministic: the
 * same scale, seed and day give the same rows (ids aside, which start where
 * {@code app_seq} stands). Refuses a database that has customers, products, teams or
 * users other than {@code admin} (an existing {@code admin} is kept). Afterwards
 * {@code app_seq} is moved past the last id written, PostgreSQL's statistics are
 * refreshed and the KPI rollups rebuilt.
 */
@Component
class Generator {

	/** What a run wrote: rows per table and how long it took. */
	record Report(Scale scale, Map<String, Long> rows, long loadMillis, long totalMillis) {
	}

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(Generator.class);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final KpiRollupRebuild rollups;

	Generator(DataSource dataSource, JdbcTemplate jdbc, PasswordEncoder encoder, KpiRollupRebuild rollups) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.rollups = rollups;
	}

	Report generate(Scale scale, long seed, LocalDate today) {
		long started = System.nanoTime();
		refuseUnlessEmpty();
		boolean adminExists = count("select count(*) from app_user where username = 'admin'") > 0;
		Ids ids = new Ids(this.jdbc.queryForObject("select nextval('app_seq')", Long.class) + 1);
		Random random = new Random(seed);
		long[] counts;
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			boolean postgres = connection.isWrapperFor(PGConnection.class);
			try (RowSink sink = postgres ? new CopySink(connection) : new BatchSink(connection)) {
				var created = Customers.at(today.minusYears(5));
				Organisation org = Organisation.write(scale, ids, random, sink, this.encoder.encode(PASSWORD),
						adminExists, created);
				Products products = Products.write(ids, sink, created);
				new Customers(scale, org, products, ids, random, sink, today).write();
				WorkLog.write(org, ids, random, sink, today);
				sink.close();
				counts = sink.counts();
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter sequence app_seq restart with " + (ids.last() + 100));
				if (postgres) {
					statement.execute("analyze");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Generating scale " + scale.name() + " failed", ex);
		}
		long loaded = System.nanoTime();
		Map<String, Integer> rollupRows = new java.util.TreeMap<>(this.rollups.rebuildRollups());
		Map<String, Long> rows = new LinkedHashMap<>();
		for (Table table : Table.values()) {
			rows.merge(table.table(), counts[table.ordinal()], Long::sum);
		}
		rollupRows.forEach((table, written) -> rows.put(table, (long) written));
		Report report = new Report(scale, rows, (loaded - started) / 1_000_000,
				(System.nanoTime() - started) / 1_000_000);
		log.info("Scale {} generated in {} ms (load {} ms): {}", scale.name(), report.totalMillis(),
				report.loadMillis(), rows);
		return report;
	}

	private void refuseUnlessEmpty() {
		long taken = count("select count(*) from customer") + count("select count(*) from product")
				+ count("select count(*) from sales_team") + count("select count(*) from sales_order")
				+ count("select count(*) from app_user where username <> 'admin'");
		if (taken > 0) {
			throw new IllegalStateException(
					"The generator fills an EMPTY database: this one already has customers, products, teams or users");
		}
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
