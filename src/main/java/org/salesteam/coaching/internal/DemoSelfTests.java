package org.salesteam.coaching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo self-tests, once: every rep of a team took the test about three months ago and
 * again last week (the trend), and their manager rated the latest. Ratings follow from
 * the rep's number so they differ; rep3 (刘洋) rates prospecting unimportant and himself
 * able, his manager rates him 1 — a flag for a talk.
 */
@Component
@Order(99)
class DemoSelfTests implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSelfTests.class);

	private record Rep(long id, String username, long managerId, int number) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final SelfTestRepository tests;

	private final Clock clock;

	private final boolean enabled;

	DemoSelfTests(JdbcClient jdbc, TransactionTemplate transaction, SelfTestRepository tests, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.tests = tests;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.tests.count() > 0) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> create());
	}

	private void create() {
		List<Rep> reps = this.jdbc.sql("""
				select u.id, u.username, t.manager_id from app_user u join sales_team t on t.id = u.team_id
				where u.username like 'rep%' and u.active and t.manager_id is not null""")
			.query((rs, n) -> new Rep(rs.getLong(1), rs.getString(2), rs.getLong(3),
					rs.getString(2).matches("rep\\d+") ? Integer.parseInt(rs.getString(2).substring(3)) : 0))
			.list();
		LocalDate today = LocalDate.now(this.clock);
		for (Rep rep : reps) {
			SelfTest earlier = new SelfTest(rep.id(), today.minusDays(95));
			SelfTest latest = new SelfTest(rep.id(), today.minusDays(7));
			for (int i = 0; i < SelfTestItems.CODES.size(); i++) {
				String code = SelfTestItems.CODES.get(i);
				int importance = 1 + (rep.number() + i * 2) % 3;
				int ability = 1 + (rep.number() * 3 + i) % 3;
				int manager = ability;
				if ("rep3".equals(rep.username()) && "PROSPECTING".equals(code)) {
					// Joe Martin sees no need to prospect; his manager disagrees (a talk)
					importance = 1;
					ability = 3;
					manager = 1;
				}
				else if ("rep3".equals(rep.username()) && "CUSTOMER_ANALYSIS".equals(code)) {
					// nor does he see one to analyse his customers, and here his manager
					// nearly agrees: prospecting stays his first need whatever goals
					// teammates are given (the diagnosis's NO_CUSTOMER_GOALS weighs as
					// much)
					importance = 1;
					ability = 3;
					manager = 2;
				}
				earlier.rateByRep(code, importance, Math.max(1, ability - 1));
				latest.rateByRep(code, importance, ability);
				latest.rateByManager(code, manager, rep.managerId(), today.minusDays(5));
			}
			this.tests.save(earlier);
			this.tests.save(latest);
		}
		log.info("Demo self-tests: {} reps", reps.size());
	}

}
