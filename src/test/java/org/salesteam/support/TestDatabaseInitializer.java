package org.salesteam.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code -Dsalesteam.test.db=postgres} (the {@code postgres-test} surefire run),
 * points every test application context at its own fresh database in one embedded
 * PostgreSQL 15 server shared by the JVM. Without the property it does nothing and the
 * tests run on in-memory H2. Contexts that set {@code salesteam.test.shared-database}
 * (the nodes of {@code TwoNodesTests}) share the database of that name instead.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static final Set<String> SHARED = ConcurrentHashMap.newKeySet();

	private static volatile EmbeddedPostgres server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!"postgres".equals(System.getProperty("salesteam.test.db"))) {
			return;
		}
		String shared = context.getEnvironment().getProperty("salesteam.test.shared-database");
		String database = (shared != null) ? "salesteam_shared_" + shared : "salesteam_" + DATABASES.incrementAndGet();
		EmbeddedPostgres postgres = server();
		if (shared == null || SHARED.add(database)) {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + database);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create test database " + database, ex);
			}
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("postgres-test-database",
					Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", database),
							"spring.datasource.username", "postgres", "spring.datasource.password", "",
							"spring.datasource.hikari.maximum-pool-size", "5",
							// as application-postgres.properties
							"spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true")));
	}

	public static boolean onPostgres() {
		return "postgres".equals(System.getProperty("salesteam.test.db"));
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			synchronized (TestDatabaseInitializer.class) {
				if (server == null) {
					try {
						server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
					}
					catch (IOException ex) {
						throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
					}
					// Stopped once Spring Boot has closed every context and
					// its pool, not by the library's own hook: stopping it
					// earlier made a closing context wait 30 s to connect.
					SpringApplication.getShutdownHandlers().add(TestDatabaseInitializer::stop);
				}
			}
		}
		return server;
	}

	private static void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// the JVM is exiting; the server's data directory is temporary
		}
	}

}
