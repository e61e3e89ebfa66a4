package org.salesteam.customer.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
 * The demo's prospect qualifications and conversions, after the demo orders (which set
 * the first orders): every customer whose first order falls in the last 24 months was
 * converted then, most of them qualified a few weeks before; about a third of today's
 * owned prospects have been qualified (most passed). Arlene Summers (rep7) qualifies
 * nearly all her prospects, Joe Martin (rep3) hardly any. Deterministic for a given
 * {@code salesteam.demo.seed}; runs once, while no qualification is recorded.
 */
@Component
@Order(35)
class DemoConversions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConversions.class);

	private static final String ARLENE_SUMMERS = "rep7";

	private static final String JOE_MARTIN = "rep3";

	/** A customer as the demo needs it. */
	private record Row(long id, Long ownerId, String owner, String status, LocalDate firstOrder) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean enabled;

	private final long seed;

	DemoConversions(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
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
			if (count("select count(*) from prospect_qualification") > 0
					|| count("select count(*) from customer") == 0) {
				return;
			}
			generate();
		});
	}

	private void generate() {
		Random random = new Random(this.seed + 35);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate window = today.minusMonths(24);
		List<Long> criteria = this.jdbc
			.queryForList("select id from qualification_criterion where active order by sort_order, id", Long.class);
		List<Long> required = this.jdbc.queryForList(
				"select id from qualification_criterion where active and required order by sort_order, id", Long.class);
		List<Row> customers = this.jdbc.query("""
				select c.id, c.owner_id, u.username, c.status, c.first_order_date
				from customer c left join app_user u on u.id = c.owner_id order by c.id
				""", (rs, n) -> new Row(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class)));
		// the demo orders converted some prospects already, through the application
		java.util.Set<Long> recorded = new java.util.HashSet<>(
				this.jdbc.queryForList("select customer_id from prospect_conversion", Long.class));
		List<Object[]> conversions = new ArrayList<>();
		int qualifications = 0;
		for (Row c : customers) {
			if (c.firstOrder() != null && !c.firstOrder().isBefore(window) && c.ownerId() != null) {
				boolean qualified = random.nextInt(100) < qualifiedShare(c.owner(), 55, 95, 70);
				if (qualified) {
					LocalDate on = c.firstOrder().minusDays(7 + random.nextInt(40));
					qualify(c, on, true, criteria, required, random);
					this.jdbc.update("update customer set qualified_on = ? where id = ?", Date.valueOf(on), c.id());
					qualifications++;
				}
				if (recorded.contains(c.id())) {
					this.jdbc.update("update prospect_conversion set qualified = ? where customer_id = ?", qualified,
							c.id());
				}
				else {
					conversions.add(new Object[] { c.id(), c.ownerId(), Date.valueOf(c.firstOrder()), qualified });
				}
			}
			else if ("PROSPECT".equals(c.status()) && c.ownerId() != null
					&& random.nextInt(100) < qualifiedShare(c.owner(), 3, 70, 30)) {
				boolean passed = random.nextInt(100) < 65;
				LocalDate on = today.minusDays(1 + random.nextInt(120));
				qualify(c, on, passed, criteria, required, random);
				if (passed) {
					this.jdbc.update("update customer set qualified_on = ? where id = ?", Date.valueOf(on), c.id());
				}
				qualifications++;
			}
		}
		this.jdbc.batchUpdate("""
				insert into prospect_conversion (id, customer_id, rep_id, converted_on, qualified, created_at)
				values (nextval('app_seq'), ?, ?, ?, ?, current_timestamp)
				""", conversions);
		log.info("Demo conversions: {} recorded by the demo orders, {} added, {} qualifications", recorded.size(),
				conversions.size(), qualifications);
	}

	private static int qualifiedShare(String owner, int joe, int arlene, int others) {
		return JOE_MARTIN.equals(owner) ? joe : ARLENE_SUMMERS.equals(owner) ? arlene : others;
	}

	/**
	 * One qualification by the owner: passed = every required yes, else one of them no.
	 */
	private void qualify(Row c, LocalDate on, boolean passed, List<Long> criteria, List<Long> required, Random random) {
		Long id = this.jdbc.queryForObject("select nextval('app_seq')", Long.class);
		this.jdbc.update("""
				insert into prospect_qualification (id, version, customer_id, qualified_by, qualified_on, qualified,
				                                    note, created_at)
				values (?, 0, ?, ?, ?, ?, null, current_timestamp)
				""", id, c.id(), c.ownerId(), Date.valueOf(on), passed);
		Long failing = (passed || required.isEmpty()) ? null : required.get(random.nextInt(required.size()));
		List<Object[]> answers = new ArrayList<>();
		for (Long criterion : criteria) {
			boolean yes = required.contains(criterion) ? !criterion.equals(failing) : random.nextBoolean();
			answers.add(new Object[] { id, criterion, yes });
		}
		this.jdbc.batchUpdate(
				"insert into prospect_qualification_answer (qualification_id, criterion_id, answer) values (?, ?, ?)",
				answers);
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return (n != null) ? n : 0;
	}

}
