package org.salesteam.visit.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.salesteam.platform.IdBlocks;
import org.salesteam.visit.VisitType;
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
 * Two years of visits of the demo reps up to the business clock's today, with objectives,
 * results, next actions and expenses; this week's and next week's visits planned; this
 * week's schedules in every review state. rep3 ("Joe Martin") visits only his largest (A)
 * customers and never prospects; rep7 ("Arlene Summers") visits many small customers and
 * prospects and does a lot of service visits. About 5 % of past visits were missed and 3
 * % cancelled. Deterministic for a given {@code salesteam.demo.seed}; runs once, while
 * the visit table is empty and customers exist. Customers' last-activity dates are left
 * alone (the customer module's demo sets them). Rows are written in JDBC batches.
 */
@Component
@Order(40)
class DemoVisits implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoVisits.class);

	private static final int WEEKS = 104;

	/** This week's schedule state per rep number (none: draft). */
	private static final Map<Integer, String> THIS_WEEK = Map.ofEntries(Map.entry(1, "SUBMITTED"),
			Map.entry(2, "APPROVED"), Map.entry(3, "RETURNED"), Map.entry(5, "SUBMITTED"), Map.entry(6, "SUBMITTED"),
			Map.entry(7, "APPROVED"), Map.entry(8, "SUBMITTED"), Map.entry(9, "RETURNED"), Map.entry(11, "SUBMITTED"),
			Map.entry(12, "APPROVED"), Map.entry(13, "SUBMITTED"), Map.entry(15, "SUBMITTED"));

	private static final String INSERT = """
			insert into visit (id, version, rep_id, customer_id, visit_type, status, planned_at, visit_date, objective,
			  contacts_met, actual_start, actual_end, duration_minutes, presentation_minutes, result, next_action,
			  next_visit_date, expense_travel, expense_meals, expense_gifts, expense_other, cancel_reason,
			  customer_was_prospect, created_by, created_at)
			values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private record Customer(long id, String customerClass, BigDecimal potential, LocalDate firstOrder, String contact) {

		boolean prospectOn(LocalDate day) {
			return this.firstOrder == null || this.firstOrder.isAfter(day);
		}

	}

	private record Rep(long id, int number, Long managerId) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean enabled;

	private final long seed;

	DemoVisits(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock,
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
			if (count("select count(*) from visit") > 0 || count("select count(*) from customer") == 0) {
				return;
			}
			long started = System.nanoTime();
			LocalDate today = LocalDate.now(this.clock);
			Random random = new Random(this.seed + 40);
			IdBlocks ids = new IdBlocks(this.jdbc);
			List<Object[]> rows = new ArrayList<>();
			for (Rep rep : reps()) {
				List<Customer> candidates = candidates(rep, customersOf(rep.id()));
				if (!candidates.isEmpty()) {
					visits(rep, candidates, today, random, ids, rows);
				}
			}
			for (int from = 0; from < rows.size(); from += 1000) {
				this.jdbc.batchUpdate(INSERT, rows.subList(from, Math.min(rows.size(), from + 1000)));
			}
			int plans = plans(today, ids);
			log.info("Demo visits created: {} visits, {} weekly plans in {} ms", rows.size(), plans,
					(System.nanoTime() - started) / 1_000_000);
		});
	}

	private void visits(Rep rep, List<Customer> candidates, LocalDate today, Random random, IdBlocks ids,
			List<Object[]> rows) {
		LocalDate thisMonday = IsoWeeks.mondayOf(today);
		Set<Long> visited = new HashSet<>();
		for (int week = -WEEKS + 1; week <= 1; week++) {
			LocalDate monday = thisMonday.plusWeeks(week);
			int count = (rep.number() == 7) ? 13 + random.nextInt(4)
					: (rep.number() == 3) ? 7 + random.nextInt(3) : 8 + random.nextInt(5);
			if (week == 1) {
				count = count / 2;
			}
			for (int i = 0; i < count; i++) {
				Customer customer = candidates.get(random.nextInt(candidates.size()));
				LocalDateTime at = monday.plusDays(random.nextInt(5))
					.atTime(9 + random.nextInt(8), 30 * random.nextInt(2));
				boolean prospect = customer.prospectOn(at.toLocalDate());
				VisitType type = type(rep, prospect, visited.add(customer.id()), random);
				rows.add(row(ids.next(), rep, customer, type, at, prospect, today, random));
			}
		}
	}

	private Object[] row(long id, Rep rep, Customer customer, VisitType type, LocalDateTime at, boolean prospect,
			LocalDate today, Random random) {
		DemoVisitWords.Words words = DemoVisitWords.pick(type, random);
		String status = "PLANNED";
		if (at.toLocalDate().isBefore(today)) {
			int roll = random.nextInt(100);
			int missed = (rep.number() == 3) ? 9 : 5;
			status = (roll < missed) ? "MISSED" : (roll < missed + 3) ? "CANCELLED" : "COMPLETED";
		}
		boolean done = "COMPLETED".equals(status);
		LocalDateTime start = done ? at.plusMinutes(random.nextInt(25) - 5) : null;
		int minutes = ("A".equals(customer.customerClass()) ? 60 : 30) + 10 * random.nextInt(10);
		boolean presents = type == VisitType.PROPOSAL || type == VisitType.DEMONSTRATION;
		LocalDate nextVisit = (done && random.nextInt(100) < 55) ? at.toLocalDate().plusDays(7 + random.nextInt(22))
				: null;
		Timestamp created = Timestamp.from(at.minusDays(3).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		return new Object[] { id, rep.id(), customer.id(), type.name(), status, Timestamp.valueOf(at),
				java.sql.Date.valueOf((start != null) ? start.toLocalDate() : at.toLocalDate()), words.objective(),
				customer.contact(), (start != null) ? Timestamp.valueOf(start) : null,
				(start != null) ? Timestamp.valueOf(start.plusMinutes(minutes)) : null, done ? minutes : null,
				done ? (presents ? 15 + 5 * random.nextInt(6) : 0) : null, done ? words.result() : null,
				done ? words.nextAction() : null, (nextVisit != null) ? java.sql.Date.valueOf(nextVisit) : null,
				money(done ? 20 + random.nextInt(250) : 0),
				money((done && random.nextInt(100) < ("A".equals(customer.customerClass()) ? 45 : 15))
						? 100 + random.nextInt(600) : 0),
				money((done && random.nextInt(100) < 6) ? 200 + 100 * random.nextInt(9) : 0),
				money((done && random.nextInt(100) < 5) ? 10 + random.nextInt(90) : 0),
				"CANCELLED".equals(status) ? DemoVisitWords.cancelReason(random) : null, prospect, rep.id(), created };
	}

	private static VisitType type(Rep rep, boolean prospect, boolean first, Random random) {
		if (prospect) {
			if (first) {
				return VisitType.NEW_CUSTOMER;
			}
			VisitType[] options = { VisitType.NEEDS, VisitType.PROPOSAL, VisitType.DEMONSTRATION,
					VisitType.NEW_CUSTOMER };
			return options[random.nextInt(options.length)];
		}
		int roll = random.nextInt(100);
		if (rep.number() == 7 && roll < 30) {
			return VisitType.SERVICE;
		}
		if (rep.number() == 3) {
			return (roll < 55) ? VisitType.RELATIONSHIP
					: (roll < 80) ? VisitType.NEGOTIATION : (roll < 92) ? VisitType.COLLECTION : VisitType.SERVICE;
		}
		return (roll < 30) ? VisitType.RELATIONSHIP
				: (roll < 45) ? VisitType.SERVICE
						: (roll < 55) ? VisitType.NEEDS : (roll < 67) ? VisitType.PROPOSAL : (roll < 75)
								? VisitType.DEMONSTRATION : (roll < 88) ? VisitType.NEGOTIATION : VisitType.COLLECTION;
	}

	/**
	 * Whom the rep visits: rep3 only his A customers (or his five largest); rep7 his B
	 * and C customers and prospects, prospects twice as often; everyone else all their
	 * customers, A three times and B twice as often as C.
	 */
	private static List<Customer> candidates(Rep rep, List<Customer> customers) {
		List<Customer> chosen = new ArrayList<>();
		if (rep.number() == 3) {
			customers.stream().filter((c) -> "A".equals(c.customerClass())).forEach(chosen::add);
			if (chosen.size() < 3) {
				customers.stream()
					.sorted((a, b) -> b.potential().compareTo(a.potential()))
					.limit(5)
					.forEach(chosen::add);
			}
			return chosen;
		}
		for (Customer c : customers) {
			int weight = (rep.number() == 7) ? ("A".equals(c.customerClass()) ? 0 : (c.firstOrder() == null) ? 2 : 1)
					: "A".equals(c.customerClass()) ? 3 : "B".equals(c.customerClass()) ? 2 : 1;
			for (int i = 0; i < weight; i++) {
				chosen.add(c);
			}
		}
		return chosen;
	}

	/**
	 * Approved plans for the last eight weeks and this week's in the states of
	 * {@link #THIS_WEEK}.
	 */
	private int plans(LocalDate today, IdBlocks ids) {
		LocalDate thisMonday = IsoWeeks.mondayOf(today);
		List<Object[]> rows = new ArrayList<>();
		for (Rep rep : reps()) {
			for (int week = -8; week <= 0; week++) {
				String status = (week < 0) ? "APPROVED" : THIS_WEEK.get(rep.number());
				if (status == null) {
					continue;
				}
				LocalDate monday = thisMonday.plusWeeks(week);
				boolean reviewed = "APPROVED".equals(status) || "RETURNED".equals(status);
				String comment = "RETURNED".equals(status)
						? (rep.number() == 3 ? "本周只安排了几家大客户，潜在客户一个都没有，请补上至少两家新客户的拜访。" : "拜访目标写得太笼统，请写清楚每次要达成什么。")
						: (reviewed ? "同意，注意跟进报价。" : null);
				Timestamp submitted = Timestamp
					.from(monday.minusDays(3).atTime(17, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
				Timestamp review = reviewed
						? Timestamp
							.from(monday.minusDays(2).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant())
						: null;
				rows.add(new Object[] { ids.next(), rep.id(), IsoWeeks.of(monday), status, submitted,
						reviewed ? rep.managerId() : null, review, comment, submitted });
			}
		}
		this.jdbc.batchUpdate("""
				insert into visit_plan (id, version, rep_id, iso_week, status, submitted_at, reviewed_by, reviewed_at,
				  review_comment, created_at)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		return rows.size();
	}

	private List<Rep> reps() {
		return this.jdbc.query("""
				select u.id, u.username, t.manager_id from app_user u
				left join sales_team t on t.id = u.team_id
				where u.username like 'rep%' order by u.id
				""", (rs, n) -> new Rep(rs.getLong(1), number(rs.getString(2)), (Long) rs.getObject(3, Long.class)))
			.stream()
			.filter((r) -> r.number() > 0)
			.toList();
	}

	private List<Customer> customersOf(long repId) {
		Map<Long, String> contacts = new HashMap<>();
		this.jdbc.query("""
				select ct.customer_id, ct.name, ct.title from contact ct join customer c on c.id = ct.customer_id
				where c.owner_id = ? order by ct.id
				""", (rs) -> {
			contacts.putIfAbsent(rs.getLong(1),
					rs.getString(2) + ((rs.getString(3) != null) ? "（" + rs.getString(3) + "）" : ""));
		}, repId);
		return this.jdbc.query("""
				select id, customer_class, potential, first_order_date from customer
				where owner_id = ? and status <> 'LOST' order by id
				""",
				(rs, n) -> new Customer(rs.getLong(1), rs.getString(2),
						(rs.getBigDecimal(3) != null) ? rs.getBigDecimal(3) : BigDecimal.ZERO,
						(rs.getDate(4) != null) ? rs.getDate(4).toLocalDate() : null, contacts.get(rs.getLong(1))),
				repId);
	}

	private static int number(String username) {
		try {
			return Integer.parseInt(username.substring(3));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static BigDecimal money(int yuan) {
		return BigDecimal.valueOf(yuan).setScale(2);
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
