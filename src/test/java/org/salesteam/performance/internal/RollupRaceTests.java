package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salesteam.sales.OrderPlaced;
import org.salesteam.support.IntegrationTest;
import org.salesteam.visit.VisitCompleted;
import org.salesteam.visit.VisitType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two transactions adding to the same new rollup row at the same instant (two orders of
 * one customer and day, two visits of one rep, customer and day): both count, in one row,
 * and neither fails. Each round starts both transactions, lets them meet, then writes and
 * commits; the keys use a rep and customer that do not exist, in 1990, and are removed
 * afterwards.
 */
@IntegrationTest
@TestPropertySource(properties = { "salesteam.test.context=kpi-field-work", "salesteam.performance.hourly-cost=60" })
class RollupRaceTests {

	private static final int ROUNDS = 15;

	private static final long REP = -7L;

	private static final long CUSTOMER = -8L;

	private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);

	@Autowired
	SalesRollup sales;

	@Autowired
	ActivityRollup activity;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeRows() {
		this.jdbc.sql("delete from kpi_sales_day where customer_id = :c").param("c", CUSTOMER).update();
		this.jdbc.sql("delete from kpi_activity_day where customer_key = :c").param("c", CUSTOMER).update();
	}

	@Test
	void twoOrdersOfOneCustomerAndDayCommittedAtOnceBothCount() throws Exception {
		race((round) -> this.sales.on(new OrderPlaced(round, "R" + round, CUSTOMER, REP, null, FIRST.plusDays(round),
				new BigDecimal("100.00"), new BigDecimal("60.00"))));
		List<String> rows = this.jdbc
			.sql("select order_day, orders, sales, profit from kpi_sales_day where customer_id = :c order by order_day")
			.param("c", CUSTOMER)
			.query((rs, row) -> rs.getDate(1) + " " + rs.getInt(2) + " " + rs.getBigDecimal(3).toPlainString() + " "
					+ rs.getBigDecimal(4).toPlainString())
			.list();
		assertThat(rows).hasSize(ROUNDS);
		assertThat(rows).allMatch((row) -> row.endsWith(" 2 200.00 80.00"), "two orders of 100 (cost 60) a row");
	}

	@Test
	void twoVisitsOfOneRepCustomerAndDayCommittedAtOnceBothCount() throws Exception {
		race((round) -> this.activity.on(new VisitCompleted(round, REP, CUSTOMER, FIRST.plusDays(round), 45, 15,
				VisitType.NEEDS, new BigDecimal("20.50"), false)));
		List<String> rows = this.jdbc.sql("""
				select activity_day, visits, visit_minutes, visit_expenses from kpi_activity_day
				where customer_key = :c order by activity_day
				""")
			.param("c", CUSTOMER)
			.query((rs, row) -> rs.getDate(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " "
					+ rs.getBigDecimal(4).toPlainString())
			.list();
		assertThat(rows).hasSize(ROUNDS);
		assertThat(rows).allMatch((row) -> row.endsWith(" 2 90 41.00"), "two visits of 45 minutes, 20.50 a row");
	}

	/** Each round: two transactions meet, then both write the round's row and commit. */
	private void race(IntConsumer write) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				CyclicBarrier meet = new CyclicBarrier(2);
				int r = round;
				List<Future<?>> both = new ArrayList<>();
				for (int t = 0; t < 2; t++) {
					both.add(pool.submit(() -> this.transactions.executeWithoutResult((status) -> {
						try {
							meet.await(10, TimeUnit.SECONDS);
						}
						catch (Exception ex) {
							throw new IllegalStateException(ex);
						}
						write.accept(r);
					})));
				}
				for (Future<?> one : both) {
					one.get(30, TimeUnit.SECONDS);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
