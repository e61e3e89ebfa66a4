package org.salesteam.performance.internal;

import org.junit.jupiter.api.Test;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rollup generation goes up once per committed transaction that changed its rollup,
 * however many rows it wrote; the other one stays; nothing moves for a rollback.
 */
@IntegrationTest
// shares the field-work KPI tests' context (same properties): it touches only the
// generations
@TestPropertySource(properties = { "salesteam.test.context=kpi-field-work", "salesteam.performance.hourly-cost=60" })
class RollupVersionTests {

	private static final RollupVersion.Rollup SALES = RollupVersion.Rollup.SALES;

	private static final RollupVersion.Rollup FIELD_WORK = RollupVersion.Rollup.FIELD_WORK;

	@Autowired
	RollupVersion version;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void risesOnceAfterACommitAndNeverForARollback() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		RollupVersion.Generations before = this.version.generations();
		transaction.executeWithoutResult((status) -> {
			this.version.changed(SALES);
			this.version.changed(SALES);
			assertThat(this.version.generations()).as("not before the commit").isEqualTo(before);
		});
		assertThat(this.version.generations())
			.isEqualTo(new RollupVersion.Generations(before.sales() + 1, before.fieldWork()));
		transaction.executeWithoutResult((status) -> {
			this.version.changed(FIELD_WORK);
			this.version.changed(SALES);
			status.setRollbackOnly();
		});
		assertThat(this.version.generations())
			.isEqualTo(new RollupVersion.Generations(before.sales() + 1, before.fieldWork()));
		transaction.executeWithoutResult((status) -> {
			this.version.changed(FIELD_WORK);
			this.version.changed(SALES);
		});
		assertThat(this.version.generations())
			.isEqualTo(new RollupVersion.Generations(before.sales() + 2, before.fieldWork() + 1));
		this.version.changed(FIELD_WORK);
		assertThat(this.version.current()).as("the public order generation is the sales rollup's")
			.isEqualTo(before.sales() + 2);
		assertThat(this.version.generations()).as("outside a transaction: at once")
			.isEqualTo(new RollupVersion.Generations(before.sales() + 2, before.fieldWork() + 2));
	}

	@Test
	void aTableBelongsToItsRollup() {
		assertThat(RollupVersion.Rollup.of("kpi_sales_day")).isEqualTo(SALES);
		assertThat(RollupVersion.Rollup.of("kpi_customer_first")).isEqualTo(SALES);
		assertThat(RollupVersion.Rollup.of("kpi_activity_day")).isEqualTo(FIELD_WORK);
		assertThat(RollupVersion.Rollup.of("kpi_time_day")).isEqualTo(FIELD_WORK);
	}

}
