package org.salesteam.customer.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.salesteam.platform.IdBlocks;
import org.salesteam.customer.CompanySize;
import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerSource;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.customer.EnterpriseType;
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
 * About 600 customers of the demo printing company, spread over the demo reps'
 * territories, with a long-tailed purchase potential (few A, many C), about 40 in the
 * pool, 2–4 contacts each and two years of class history. Deterministic for a given
 * {@code salesteam.demo.seed}; dates count back from the injected clock. Runs once: only
 * while the customer table is empty and the demo organisation exists. Batch inserts keep
 * it to a second or two.
 */
@Component
@Order(20)
class DemoCustomers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

	static final int CUSTOMERS = 600;

	static final int POOL = 40;

	/** A demo rep with the territory they cover. */
	record Rep(long id, String territoryCode) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final CustomerRules rules;

	private final Clock clock;

	private final boolean enabled;

	private final long seed;

	DemoCustomers(JdbcTemplate jdbc, TransactionTemplate transaction, CustomerRules rules, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled, @Value("${salesteam.demo.seed:1}") long seed) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.rules = rules;
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
			Long customers = this.jdbc.queryForObject("select count(*) from customer", Long.class);
			Long rep1 = this.jdbc.queryForObject("select count(*) from app_user where username = 'rep1'", Long.class);
			if (customers == null || customers > 0 || rep1 == null || rep1 == 0) {
				return;
			}
			long started = System.nanoTime();
			DemoRows rows = generate();
			rows.write(this.jdbc);
			serveKeyAccounts();
			log.info("Demo customers created: {} customers, {} contacts, {} class changes in {} ms",
					rows.customers.size(), rows.contacts.size(), rows.classChanges.size(),
					(System.nanoTime() - started) / 1_000_000);
		});
	}

	/**
	 * Customer service (support2, 郭建平) is on the account teams of the eight largest key
	 * accounts: she reads them and their orders, visits and figures (ADR 0022).
	 */
	private void serveKeyAccounts() {
		List<Long> largest = this.jdbc
			.queryForList("select id from customer where key_account = true order by potential desc, id", Long.class);
		Long support = this.jdbc.queryForList("select id from app_user where username = 'support2'", Long.class)
			.stream()
			.findFirst()
			.orElse(null);
		if (support == null) {
			return;
		}
		LocalDate since = LocalDate.now(this.clock).minusMonths(6);
		for (Long customer : largest.subList(0, Math.min(8, largest.size()))) {
			this.jdbc.update("insert into account_team_member (customer_id, user_id, team_role, added_on)"
					+ " values (?, ?, 'CUSTOMER_SERVICE', ?)", customer, support, since);
		}
	}

	DemoRows generate() {
		Random random = new Random(this.seed);
		LocalDate today = LocalDate.now(this.clock);
		List<Rep> reps = this.jdbc.query("""
				select u.id, t.code from app_user u
				join app_user_territory ut on ut.user_id = u.id join territory t on t.id = ut.territory_id
				join app_user_role r on r.user_id = u.id and r.role = 'REP'
				order by u.id
				""", (rs, row) -> new Rep(rs.getLong(1), rs.getString(2)));
		Map<String, Long> territories = ids("select code, id from territory");
		Map<String, Long> segments = ids("select code, id from market_segment");
		Map<Long, Long> managers = new LinkedHashMap<>();
		this.jdbc.query("select u.id, t.manager_id from app_user u join sales_team t on t.id = u.team_id", (rs) -> {
			managers.put(rs.getLong(1), rs.getLong(2));
		});
		DemoRows rows = new DemoRows(new IdBlocks(this.jdbc), today, random);
		ClassificationPolicy policy = this.rules.current().classification();
		Set<String> names = new HashSet<>();
		List<String> territoryCodes = List.copyOf(DemoWords.CITIES.keySet()).stream().sorted().toList();
		for (int i = 0; i < CUSTOMERS; i++) {
			boolean inPool = i % (CUSTOMERS / POOL) == 7;
			Rep rep = inPool ? null : reps.get(random.nextInt(reps.size()));
			String territory = (rep != null) ? rep.territoryCode() : DemoWords.pick(random, territoryCodes);
			DemoWords.SegmentWords segment = DemoWords.pick(random, DemoWords.SEGMENTS);
			String city = DemoWords.pick(random, DemoWords.CITIES.get(territory));
			String name = uniqueName(random, names, city, segment);
			BigDecimal potential = potential(random);
			CustomerClass customerClass = policy.classify(potential);
			Long managerId = (rep != null) ? managers.get(rep.id()) : null;
			rows.addCustomer(new DemoRows.NewCustomer(String.format("KH-%s-%04d", territory, i + 1), name,
					segment.industry(), enterpriseType(random, segment), segments.get(segment.code()),
					territories.get(territory), DemoWords.PROVINCES.get(territory), city,
					city + DemoWords.pick(random, DemoWords.DISTRICTS) + (1 + random.nextInt(888)) + "号",
					size(potential, random), potential, DemoWords.pick(random, List.of(CustomerSource.values())),
					(rep != null) ? rep.id() : null, status(random, inPool), customerClass, managerId));
		}
		return rows;
	}

	private Map<String, Long> ids(String sql) {
		Map<String, Long> result = new LinkedHashMap<>();
		this.jdbc.query(sql, (rs) -> {
			result.put(rs.getString(1), rs.getLong(2));
		});
		return result;
	}

	private static String uniqueName(Random random, Set<String> names, String city, DemoWords.SegmentWords segment) {
		for (int attempt = 0;; attempt++) {
			String name = city + DemoWords.pick(random, DemoWords.BRANDS) + DemoWords.pick(random, segment.endings());
			if (attempt > 5) {
				name = city + DemoWords.pick(random, DemoWords.BRANDS) + DemoWords.pick(random, DemoWords.BRANDS)
						+ DemoWords.pick(random, segment.endings());
			}
			if (names.add(name)) {
				return name;
			}
		}
	}

	/** Log-normal around ¥120,000: about 3% A, 30% B, the rest C. */
	static BigDecimal potential(Random random) {
		double value = Math.exp(11.7 + 1.1 * random.nextGaussian());
		long rounded = Math.max(10_000, Math.round(value / 10_000) * 10_000);
		return BigDecimal.valueOf(Math.min(rounded, 50_000_000L));
	}

	private static EnterpriseType enterpriseType(Random random, DemoWords.SegmentWords segment) {
		if (segment.code().equals("BOOK-PUB")) {
			return random.nextInt(3) == 0 ? EnterpriseType.PRIVATE : EnterpriseType.PUBLIC_INSTITUTION;
		}
		if (segment.code().equals("COMM-FIN")) {
			return random.nextBoolean() ? EnterpriseType.STATE_OWNED : EnterpriseType.JOINT_VENTURE;
		}
		int roll = random.nextInt(10);
		return (roll < 6) ? EnterpriseType.PRIVATE : (roll < 8) ? EnterpriseType.FOREIGN : EnterpriseType.JOINT_VENTURE;
	}

	private static CompanySize size(BigDecimal potential, Random random) {
		int base = (potential.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) ? 3
				: (potential.compareTo(BigDecimal.valueOf(200_000)) >= 0) ? 2 : 1;
		int index = Math.max(0, Math.min(4, base + random.nextInt(3) - 1));
		return CompanySize.values()[index];
	}

	private static CustomerStatus status(Random random, boolean inPool) {
		int roll = random.nextInt(100);
		if (inPool) {
			return (roll < 70) ? CustomerStatus.PROSPECT : CustomerStatus.DORMANT;
		}
		if (roll < 58) {
			return CustomerStatus.ACTIVE;
		}
		if (roll < 84) {
			return CustomerStatus.PROSPECT;
		}
		return (roll < 94) ? CustomerStatus.DORMANT : CustomerStatus.LOST;
	}

}
