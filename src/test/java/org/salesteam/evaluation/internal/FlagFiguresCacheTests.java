package org.salesteam.evaluation.internal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesteam.performance.KpiPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order figures of {@link FlagFigures} are kept per period and order generation: an
 * order written without a new generation is not seen, the next generation sees it; the
 * customer-dependent shares are read every time. A bare table set of the columns the
 * queries read, so the test needs no application.
 */
class FlagFiguresCacheTests {

	private static final KpiPeriod YEAR = new KpiPeriod(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));

	private EmbeddedDatabase database;

	private JdbcClient jdbc;

	private final AtomicLong generation = new AtomicLong(1);

	private FlagFigures figures;

	@BeforeEach
	void tables() {
		this.database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
		this.jdbc = JdbcClient.create(this.database);
		this.jdbc
			.sql("""
					create table sales_order (id bigint primary key, owner_id bigint, customer_id bigint, status varchar(20),
					  order_date date, net_amount decimal(14,2), cost decimal(14,2))""")
			.update();
		this.jdbc.sql("""
				create table order_line (order_id bigint, product_id bigint, net_amount decimal(14,2),
				  cost decimal(14,2))""").update();
		this.jdbc.sql("""
				create table customer (id bigint primary key, owner_id bigint, customer_class varchar(1),
				  status varchar(20))""").update();
		this.jdbc.sql("""
				create table visit (rep_id bigint, customer_id bigint, status varchar(20), visit_date date,
				  customer_was_prospect boolean)""").update();
		this.figures = new FlagFigures(this.jdbc, this.generation::get);
	}

	@AfterEach
	void drop() {
		this.database.shutdown();
	}

	private void order(long id, long customer, String amount) {
		this.jdbc.sql("insert into sales_order values (?, 7, ?, 'CONFIRMED', date '2030-03-01', ?, 0)")
			.params(id, customer, amount)
			.update();
		this.jdbc.sql("insert into order_line values (?, 1, ?, 0)").params(id, amount).update();
	}

	@Test
	void orderFiguresWaitForTheNextGenerationCustomerFiguresDoNot() {
		// rep 7: four customers of 25 → the three largest are 75 of 100
		for (long customer = 1; customer <= 4; customer++) {
			order(customer, customer, "25");
		}
		this.jdbc.sql("insert into customer values (1, 7, 'A', 'ACTIVE'), (2, 7, 'C', 'ACTIVE')").update();
		assertThat(this.figures.of(YEAR).get(7L).get(FlagFigures.TOP3_SHARE)).isEqualByComparingTo("0.75");
		assertThat(this.figures.of(YEAR).get(7L).get(FlagFigures.SMALL_ACCOUNT_SHARE)).isEqualByComparingTo("0.5");

		// customer 1 orders another 100 (200 in all): still 0.75 until the generation
		// rises
		order(5, 1, "100");
		this.jdbc.sql("update customer set customer_class = 'C' where id = 1").update();
		assertThat(this.figures.of(YEAR).get(7L).get(FlagFigures.TOP3_SHARE)).isEqualByComparingTo("0.75");
		assertThat(this.figures.of(YEAR).get(7L).get(FlagFigures.SMALL_ACCOUNT_SHARE)).as("read every time")
			.isEqualByComparingTo("1");

		// generation 2: 125 + 25 + 25 of 200 = 0.875
		this.generation.incrementAndGet();
		assertThat(this.figures.of(YEAR).get(7L).get(FlagFigures.TOP3_SHARE)).isEqualByComparingTo("0.875");
	}

}
