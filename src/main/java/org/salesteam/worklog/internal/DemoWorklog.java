package org.salesteam.worklog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.salesteam.platform.IdBlocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two years of other activities and time logs of the demo reps and managers up to the
 * business clock's today, and the managers' recent weeks and self-assessments. rep7
 * (Arlene Summers) calls many prospects and resolves many complaints; rep3 (Joe Martin)
 * hardly calls prospects and spends his time with a few large customers; manager1's time
 * moves towards the handbook's benchmark and his self-ratings improve. Deterministic for
 * a given {@code salesteam.demo.seed}; runs once, while the activity log is empty and
 * customers exist. Rows are written in JDBC batches.
 */
@Component
@Order(41)
class DemoWorklog implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorklog.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean enabled;

	private final long seed;

	DemoWorklog(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled, @Value("${salesteam.demo.seed:1}") long seed) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.enabled = enabled;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			if (count("select count(*) from activity_log") > 0 || count("select count(*) from time_entry") > 0
					|| count("select count(*) from customer") == 0) {
				return;
			}
			long started = System.nanoTime();
			LocalDate today = LocalDate.now(this.clock);
			IdBlocks ids = new IdBlocks(this.jdbc);
			Random random = new Random(this.seed + 41);
			DemoActivityRows activities = new DemoActivityRows(ids, today, random);
			DemoTimeRows time = new DemoTimeRows(ids, today, random);
			Map<String, Long> users = users();
			Map<Long, List<DemoActivityRows.DemoCustomer>> customers = customers();
			users.forEach((username, id) -> {
				if (username.startsWith("rep")) {
					activities.addRep(username, id, customers.getOrDefault(id, List.of()));
					time.addRep(username, id);
				}
				else if (username.startsWith("manager") || "director".equals(username)) {
					time.addManager(username, id);
				}
			});
			activities.write(this.jdbc);
			time.write(this.jdbc);
			DemoManagerWeekRows weeks = new DemoManagerWeekRows(ids, today, random);
			users.forEach((username, id) -> {
				if (username.startsWith("manager")) {
					weeks.addManager(username, id);
				}
			});
			weeks.write(this.jdbc);
			log.info(
					"Demo work log created: {} activities, {} days of time, {} manager weeks, {} self-assessments "
							+ "in {} ms",
					activities.count(), time.count(), weeks.weekCount(), weeks.assessmentCount(),
					(System.nanoTime() - started) / 1_000_000);
		});
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	/** The active demo reps, managers and the director by username. */
	private Map<String, Long> users() {
		Map<String, Long> users = new LinkedHashMap<>();
		this.jdbc.query("""
				select distinct u.username, u.id from app_user u join app_user_role r on r.user_id = u.id
				where u.active = true and r.role in ('REP', 'MANAGER', 'DIRECTOR') order by u.username
				""", (rs) -> {
			users.put(rs.getString(1), rs.getLong(2));
		});
		return users;
	}

	private Map<Long, List<DemoActivityRows.DemoCustomer>> customers() {
		Map<Long, List<DemoActivityRows.DemoCustomer>> byOwner = new LinkedHashMap<>();
		this.jdbc.query("""
				select id, owner_id, status, customer_class from customer
				where owner_id is not null and status <> 'LOST' order by id
				""", (rs) -> {
			byOwner.computeIfAbsent(rs.getLong(2), (k) -> new ArrayList<>())
				.add(new DemoActivityRows.DemoCustomer(rs.getLong(1), "PROSPECT".equals(rs.getString(3)),
						rs.getString(4)));
		});
		return byOwner;
	}

}
