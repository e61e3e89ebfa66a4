package org.salesteam.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures what the embedded H2 default loses on SIGKILL (issue 7, item 3): the crash
 * cycles of {@link PostgresFailureTests} against an H2 file database, counting the
 * acknowledged orders and visits that are missing after each restart instead of requiring
 * none. What must still hold: the file opens again, no order is without its lines and no
 * order's total differs from its lines (a transaction is never half there). Opt-in, as it
 * is a measurement:
 * {@code ./mvnw test -Dtest=H2CrashMeasurementTests -Dsalesteam.h2crash.cycles=10}.
 */
@EnabledIfSystemProperty(named = "salesteam.h2crash.cycles", matches = "\\d+")
class H2CrashMeasurementTests {

	@Test
	void countsWhatSigkillLosesOnH2() throws Exception {
		int cycles = Integer.getInteger("salesteam.h2crash.cycles");
		Path work = Files.createDirectories(Path.of("target", "failure-tests"));
		Path directory = Files.createTempDirectory(work, "h2");
		String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("db")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
				+ System.getProperty("salesteam.h2crash.url-options", "");
		AppProcess app = new AppProcess(work.resolve("logs-h2-" + System.currentTimeMillis()),
				List.of("--spring.datasource.url=" + url, "--salesteam.demo.enabled=true"));
		Random random = new Random(11);
		try {
			app.start();
			JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
			List<Long> products = jdbc.sql("select id from product where active order by id limit 6")
				.query(Long.class)
				.list();
			List<AcknowledgedWrites.Writer> writers = new ArrayList<>();
			for (String rep : List.of("rep1", "rep2", "rep4", "rep6", "rep8", "rep9")) {
				List<Long> customers = jdbc.sql("""
						select c.id from customer c join app_user u on u.id = c.owner_id
						where u.username = :rep and c.credit_limit = 0 order by c.id limit 5
						""").param("rep", rep).query(Long.class).list();
				writers.add(new AcknowledgedWrites.Writer(app.token(rep), customers, products));
			}
			int lostOrders = 0;
			int lostVisits = 0;
			AcknowledgedWrites writes = new AcknowledgedWrites();
			for (int cycle = 1; cycle <= cycles; cycle++) {
				AtomicBoolean running = new AtomicBoolean(true);
				Thread load = writes.start(app, writers, running);
				int orders = writes.orders.size() + 3;
				long deadline = System.currentTimeMillis() + 120_000;
				while (writes.orders.size() < orders && System.currentTimeMillis() < deadline) {
					Thread.sleep(50);
				}
				Thread.sleep(500 + random.nextInt(2000));
				app.kill();
				running.set(false);
				load.join();
				app.start();
				Map<Long, Integer> lines = new HashMap<>();
				jdbc.sql("select o.id, count(l.line_no) from sales_order o left join order_line l on l.order_id = o.id "
						+ "group by o.id")
					.query((rs, n) -> lines.put(rs.getLong(1), rs.getInt(2)))
					.list();
				assertThat(lines.values()).as("orders without lines after crash %d", cycle).doesNotContain(0);
				assertThat(jdbc.sql("""
						select count(*) from sales_order o
						where o.net_amount <> (select sum(l.net_amount) from order_line l where l.order_id = o.id)
						""").query(Long.class).single()).as("orders whose total is not their lines'").isZero();
				List<Long> visits = jdbc.sql("select id from visit").query(Long.class).list();
				int missingOrders = (int) writes.orders.keySet()
					.stream()
					.filter((id) -> !lines.containsKey(id))
					.count();
				int missingVisits = (int) writes.visits.keySet().stream().filter((id) -> !visits.contains(id)).count();
				lostOrders += missingOrders;
				lostVisits += missingVisits;
				// what is lost is lost: forget it so the next cycle counts only its own
				// losses
				writes.orders.keySet().removeIf((id) -> !lines.containsKey(id));
				writes.visits.keySet().removeIf((id) -> !visits.contains(id));
				System.out.printf("H2 crash cycle %d: %d acknowledged orders and %d visits missing%n", cycle,
						missingOrders, missingVisits);
			}
			System.out.printf(
					"H2 crash: %d cycles, %d orders and %d visits acknowledged and kept, %d orders and "
							+ "%d visits acknowledged but lost%n",
					cycles, writes.orders.size(), writes.visits.size(), lostOrders, lostVisits);
		}
		finally {
			app.stop();
		}
	}

}
