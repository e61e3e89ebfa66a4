package org.salesteam.platform;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;
import org.salesteam.support.TestDatabaseInitializer;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves which database a run of the suite really used: H2 by default, PostgreSQL in the
 * postgres-test run.
 */
@IntegrationTest
class TestDatabaseTests {

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnTheDatabaseTheBuildAskedFor() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			assertThat(product).isEqualTo(TestDatabaseInitializer.onPostgres() ? "PostgreSQL" : "H2");
		}
	}

}
