package org.salesteam.safety;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.TestDatabaseInitializer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore procedures of docs/operations.md, run for real on the demo
 * company (issue 7, item 7): on PostgreSQL {@code scripts/backup-postgres.sh} (pg_dump
 * -Fc) and {@code scripts/restore-postgres.sh} (pg_restore into a new database); on H2
 * {@code scripts/backup-h2.sh} (BACKUP TO and SCRIPT TO, online through the database's
 * own connection) and {@code scripts/restore-h2.sh} for both files. Passes when every
 * table of the restored database has the same rows as the original (a digest per table)
 * and the id sequence continues where it was.
 */
@IntegrationTest
@TestPropertySource(properties = "salesteam.test.context=backup")
class BackupRestoreTests {

	private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path directory;

	@Test
	void restoredDatabaseEqualsTheOriginalTableByTable() throws Exception {
		Map<String, String> original = DatabaseChecksum.perTable(this.jdbc);
		long sequence = sequence(this.jdbc);
		assertThat(original).containsKeys("customer", "sales_order", "order_line", "visit", "kpi_sales_day",
				"flyway_schema_history");
		List<JdbcClient> restored = TestDatabaseInitializer.onPostgres() ? restorePostgres() : restoreH2();
		for (JdbcClient copy : restored) {
			assertThat(DatabaseChecksum.perTable(copy)).isEqualTo(original);
			assertThat(sequence(copy)).as("app_seq after the restore").isEqualTo(sequence);
		}
		System.out.printf("backup: %d tables, %d rows restored equal by %d procedure(s)%n", original.size(),
				rows(this.jdbc), restored.size());
	}

	private List<JdbcClient> restorePostgres() throws Exception {
		Matcher url = POSTGRES_URL.matcher(this.environment.getRequiredProperty("spring.datasource.url"));
		assertThat(url.find()).isTrue();
		String target = "restored_" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> env = Map.of("PGHOST", url.group(1), "PGPORT", url.group(2), "PGUSER", "postgres",
				"PGDATABASE", url.group(3));
		Path dump = this.directory.resolve("salesteam.dump");
		run(env, "scripts/backup-postgres.sh", dump.toString());
		assertThat(dump).isNotEmptyFile();
		run(Map.of("PGHOST", url.group(1), "PGPORT", url.group(2), "PGUSER", "postgres"), "scripts/restore-postgres.sh",
				dump.toString(), target);
		String restoredUrl = "jdbc:postgresql://%s:%s/%s?user=postgres".formatted(url.group(1), url.group(2), target);
		return List.of(JdbcClient.create(new SingleConnectionDataSource(restoredUrl, true)));
	}

	private List<JdbcClient> restoreH2() throws Exception {
		// the test database lives in memory; BACKUP TO needs files: copy it into a file
		// database first, then run the scripts against that one
		Path script = this.directory.resolve("memory.sql");
		try (var connection = this.dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute("script to '" + script + "'");
		}
		String options = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		// AUTO_SERVER as in the application's own URL: the script's BACKUP TO and SCRIPT
		// TO
		// go through the process that holds the database open, as they do in production
		String live = "jdbc:h2:file:" + this.directory.resolve("live/salesteam") + options + ";AUTO_SERVER=TRUE";
		try (var connection = DriverManager.getConnection(live, "sa", "");
				var statement = connection.createStatement()) {
			statement.execute("runscript from '" + script + "'");
			run(Map.of("H2_JAR", h2Jar(), "H2_URL", live), "scripts/backup-h2.sh",
					this.directory.resolve("backup").toString());
		}
		File[] files = this.directory.resolve("backup").toFile().listFiles();
		assertThat(files).hasSize(2);
		List<JdbcClient> restored = new ArrayList<>();
		for (File file : files) {
			Path data = this.directory.resolve("restored-" + file.getName());
			run(Map.of("H2_JAR", h2Jar()), "scripts/restore-h2.sh", file.toString(), data.toString());
			restored.add(JdbcClient.create(new SingleConnectionDataSource(
					"jdbc:h2:file:" + data.resolve("salesteam") + options + ";IFEXISTS=TRUE", "sa", "", true)));
		}
		return restored;
	}

	private static long sequence(JdbcClient jdbc) {
		return TestDatabaseInitializer.onPostgres()
				? jdbc.sql("select last_value from app_seq").query(Long.class).single()
				: jdbc.sql("select base_value from information_schema.sequences where lower(sequence_name) = 'app_seq'")
					.query(Long.class)
					.single();
	}

	private static long rows(JdbcClient jdbc) {
		return jdbc.sql("""
				select table_name from information_schema.tables
				where lower(table_schema) = 'public' and lower(table_type) in ('base table', 'table')
				""")
			.query(String.class)
			.list()
			.stream()
			.mapToLong((table) -> jdbc.sql("select count(*) from " + table).query(Long.class).single())
			.sum();
	}

	private static String h2Jar() throws Exception {
		return Path.of(Class.forName("org.h2.Driver").getProtectionDomain().getCodeSource().getLocation().toURI())
			.toString();
	}

	private static void run(Map<String, String> env, String... command) throws Exception {
		List<String> line = new ArrayList<>(List.of("bash"));
		line.addAll(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
		builder.environment().putAll(env);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
	}

}
