package org.salesteam.coaching.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
 * Demo coaching, once: every manager has coached four of their five reps on real visits
 * of the last four months (the fifth rep of each team never, so coverage is not 100 %),
 * through the same five steps as a user (one of them a joint call); rep3 (刘洋) on asking
 * his big customers for referrals, since he never prospects. Each team's first rep has
 * one session this week still waiting for the debrief (the manager's inbox). The demo
 * orders are not shaped to make the coaching effect look good: a first attempt (ADR 0045)
 * moved other reps' orders and still gave no believable effect, so it was taken out.
 */
@Component
@Order(98)
class DemoCoaching implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCoaching.class);

	/** How many days back each completed session's visit is looked for. */
	private static final int[] DAYS_BACK = { 110, 70, 35 };

	private record Rep(long id, String username, long managerId, int index) {
	}

	private record PastVisit(long id, LocalDateTime plannedAt, LocalDate visitDate) {
	}

	/** A completed, non-joint demo session: its rep and review day. */
	private record Completed(Rep rep, LocalDate reviewedOn) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final CoachingSessionRepository sessions;

	private final java.time.Clock clock;

	private final boolean enabled;

	DemoCoaching(JdbcClient jdbc, TransactionTemplate transaction, CoachingSessionRepository sessions,
			java.time.Clock clock, @Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.sessions = sessions;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.sessions.count() > 0) {
			return;
		}
		List<Completed> completed = new ArrayList<>();
		this.transaction.executeWithoutResult((status) -> create(completed));
	}

	private void create(List<Completed> completed) {
		List<Rep> reps = this.jdbc.sql("""
				select u.id, u.username, t.manager_id,
				  row_number() over (partition by t.id order by length(u.username), u.username) - 1 as idx
				from app_user u join sales_team t on t.id = u.team_id
				where u.username like 'rep%' and u.active and t.manager_id is not null""")
			.query((rs, n) -> new Rep(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4)))
			.list();
		LocalDate today = LocalDate.now(this.clock);
		int made = 0;
		for (Rep rep : reps) {
			if (rep.index() >= 4) {
				continue;
			}
			int count = 1 + (rep.index() % 3);
			for (int k = 0; k < count; k++) {
				DemoDebriefs.Scenario scenario = "rep3".equals(rep.username()) && k == 0 ? DemoDebriefs.PROSPECTING
						: DemoDebriefs.SCENARIOS.get((rep.index() + k * 2 + (int) (rep.managerId() % 5)) % 5);
				LocalDate around = today.minusDays(DAYS_BACK[k]);
				boolean jointCall = k == 1 && rep.index() == 1;
				java.util.Optional<PastVisit> visit = visit(rep, around.minusDays(14), around);
				if (visit.isPresent()) {
					made += complete(rep, visit.get(), scenario, jointCall);
					if (!jointCall) {
						completed.add(new Completed(rep, visit.get().visitDate().plusDays(1)));
					}
				}
			}
			if (rep.index() == 0) {
				made += visit(rep, today.minusDays(6), today.minusDays(1))
					.map((visit) -> observed(rep, visit, DemoDebriefs.SCENARIOS.get(1)))
					.orElse(0);
			}
		}
		log.info("Demo coaching sessions: {}", made);
	}

	private java.util.Optional<PastVisit> visit(Rep rep, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select v.id, v.planned_at, v.visit_date from visit v
				where v.rep_id = :rep and v.status = 'COMPLETED' and v.visit_date between :from and :to
				  and not exists (select 1 from coaching_session s where s.visit_id = v.id)
				order by v.visit_date desc, v.id limit 1""")
			.param("rep", rep.id())
			.param("from", from)
			.param("to", to)
			.query(PastVisit.class)
			.optional();
	}

	/** A session through all five steps; the plan recorded two days before the visit. */
	private int complete(Rep rep, PastVisit visit, DemoDebriefs.Scenario scenario, boolean jointCall) {
		CoachingSession session = new CoachingSession(rep.managerId(), rep.id(), visit.id(), null, false, null);
		StepFields fields = scenario.fields(jointCall);
		session.objective(fields);
		LocalDateTime planned = visit.plannedAt().minusDays(2);
		session.plan(fields, visit.plannedAt(), planned, planned.atZone(this.clock.getZone()).toInstant());
		session.observe(fields);
		session.debrief(fields);
		session.review(fields, visit.visitDate().plusDays(1));
		this.sessions.save(session);
		return 1;
	}

	/** A session observed on a recent visit whose debrief is still due. */
	private int observed(Rep rep, PastVisit visit, DemoDebriefs.Scenario scenario) {
		CoachingSession session = new CoachingSession(rep.managerId(), rep.id(), visit.id(), null, false, null);
		StepFields fields = scenario.fields(false);
		session.objective(fields);
		LocalDateTime planned = visit.plannedAt().minusDays(2);
		session.plan(fields, visit.plannedAt(), planned, planned.atZone(this.clock.getZone()).toInstant());
		session.observe(fields);
		this.sessions.save(session);
		return 1;
	}

}
