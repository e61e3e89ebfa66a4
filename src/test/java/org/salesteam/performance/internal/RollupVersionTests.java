package org.salesteam.performance.internal;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollup generation goes up once per committed transaction that changed a rollup,
 * however many rows it wrote, and not at all for one rolled back.
 */
@IntegrationTest
@TestPropertySource(properties = "salesteam.test.context=kpi-field-work")
class RollupVersionTests {

	@Autowired
	RollupVersion version;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void risesOnceAfterACommitAndNeverForARollback() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		long before = this.version.current();
		transaction.executeWithoutResult((status) -> {
			this.version.changed();
			this.version.changed();
			assertThat(this.version.current()).as("not before the commit").isEqualTo(before);
		});
		assertThat(this.version.current()).isEqualTo(before + 1);
		transaction.executeWithoutResult((status) -> {
			this.version.changed();
			status.setRollbackOnly();
		});
		assertThat(this.version.current()).isEqualTo(before + 1);
		this.version.changed();
		assertThat(this.version.current()).as("outside a transaction: at once").isEqualTo(before + 2);
	}

}
