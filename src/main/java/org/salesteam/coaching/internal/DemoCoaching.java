package org.salesteam.coaching.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * orders are not shaped to make the coaching effect look good (a first attempt moved
 * other reps' orders, ADR 0045); instead, for each session whose 8 weeks after are over,
 * the visit is chosen, together for the team, from the rep's visits of about six weeks by
 * what followed ({@link DemoCoachedDays}, ADR 0054), so the effect page shows a modest
 * lift without any order or visit changed.
 */
@Component
@Order(98)
class DemoCoaching implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCoaching.class);

	/** How many days back each completed session's visit is looked for. */
	private static final int[] DAYS_BACK = { 110, 70, 35 };

	/**
	 * The days before (and, for the other sessions, the only days) a visit is looked for.
	 */
	private static final int CHOICE_DAYS = 14;

	/**
	 * How many days earlier still a counted session's visit may be chosen (the candidates
	 * of the first and second sessions never overlap: 96–138 and 57–84 days back).
	 */
	private static final int EARLIER_CHOICE_DAYS = 28;

	/** Every how many visit days a candidate is taken. */
	private static final int CANDIDATE_STEP = 3;

	/** Reps from this index on (the fifth of a team) are never coached: the peers. */
	private static final int UNCOACHED_FROM = 4;

	private record Rep(long id, String username, long managerId, long teamId, int index) {
	}

	private record PastVisit(long id, LocalDateTime plannedAt, LocalDate visitDate) {
	}

	/** A session to make: its rep, debrief, kind and visit (chosen among candidates). */
	private record Planned(Rep rep, DemoDebriefs.Scenario scenario, boolean jointCall,
			DemoCoachedDays.Slot<PastVisit> slot) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final CoachingSessionRepository sessions;

	private final java.time.Clock clock;

	private final DemoCoachedDays coachedDays;

	private final boolean enabled;

	DemoCoaching(JdbcClient jdbc, TransactionTemplate transaction, CoachingSessionRepository sessions,
			java.time.Clock clock, DemoCoachedDays coachedDays,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.coachedDays = coachedDays;
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
		this.transaction.executeWithoutResult((status) -> create());
		this.coachedDays.forget();
	}

	private void create() {
		List<Rep> reps = this.jdbc.sql("""
				select u.id, u.username, t.manager_id, t.id,
				  row_number() over (partition by t.id order by length(u.username), u.username) - 1 as idx
				from app_user u join sales_team t on t.id = u.team_id
				where u.username like 'rep%' and u.active and t.manager_id is not null""")
			.query((rs, n) -> new Rep(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getInt(5)))
			.list();
		Map<Long, List<Rep>> teams = new LinkedHashMap<>();
		reps.forEach((rep) -> teams.computeIfAbsent(rep.teamId(), (id) -> new ArrayList<>()).add(rep));
		int made = 0;
		for (List<Rep> team : teams.values()) {
			made += coach(team);
		}
		log.info("Demo coaching sessions: {}", made);
	}

	/**
	 * A team's sessions: the visits of the sessions the effect page counts chosen
	 * together ({@link DemoCoachedDays}), the others the latest visit of their two weeks.
	 */
	private int coach(List<Rep> team) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate lastCounted = today.minusDays(CoachingEffect.WINDOW_DAYS + 1);
		List<Planned> plan = new ArrayList<>();
		for (Rep rep : team) {
			if (rep.index() >= UNCOACHED_FROM) {
				continue;
			}
			int count = 1 + (rep.index() % 3);
			for (int k = 0; k < count; k++) {
				DemoDebriefs.Scenario scenario = "rep3".equals(rep.username()) && k == 0 ? DemoDebriefs.PROSPECTING
						: DemoDebriefs.SCENARIOS.get((rep.index() + k * 2 + (int) (rep.managerId() % 5)) % 5);
				LocalDate around = today.minusDays(DAYS_BACK[k]);
				boolean jointCall = k == 1 && rep.index() == 1;
				boolean counted = !jointCall && !around.isAfter(lastCounted);
				List<PastVisit> visits = counted
						? visitDays(rep, around.minusDays(EARLIER_CHOICE_DAYS),
								min(around.plusDays(CHOICE_DAYS), lastCounted))
						: visit(rep, around.minusDays(CHOICE_DAYS), around).stream().toList();
				if (!visits.isEmpty()) {
					plan.add(new Planned(rep, scenario, jointCall, new DemoCoachedDays.Slot<>(rep.username(), counted,
							visits, visits.stream().map((visit) -> visit.visitDate().plusDays(1)).toList())));
				}
			}
		}
		this.coachedDays.choose(team.stream().map(Rep::username).toList(),
				plan.stream().filter((planned) -> !planned.jointCall()).map(Planned::slot).toList());
		int made = 0;
		for (Planned planned : plan) {
			made += complete(planned.rep(), planned.slot().visit(), planned.scenario(), planned.jointCall());
		}
		for (Rep rep : team) {
			if (rep.index() == 0) {
				made += visit(rep, today.minusDays(6), today.minusDays(1))
					.map((visit) -> observed(rep, visit, DemoDebriefs.SCENARIOS.get(1)))
					.orElse(0);
			}
		}
		return made;
	}

	private static LocalDate min(LocalDate first, LocalDate second) {
		return first.isBefore(second) ? first : second;
	}

	/**
	 * The rep's completed visits between the days, one per third visit day (latest
	 * first): the candidates of a counted session.
	 */
	private List<PastVisit> visitDays(Rep rep, LocalDate from, LocalDate to) {
		List<PastVisit> days = new ArrayList<>();
		LocalDate last = null;
		int day = 0;
		for (PastVisit visit : visits(rep, from, to)) {
			if (!visit.visitDate().equals(last)) {
				last = visit.visitDate();
				if (day++ % CANDIDATE_STEP == 0) {
					days.add(visit);
				}
			}
		}
		return days;
	}

	/** The rep's latest uncoached completed visit between the days. */
	private java.util.Optional<PastVisit> visit(Rep rep, LocalDate from, LocalDate to) {
		return visits(rep, from, to).stream().findFirst();
	}

	/** The rep's uncoached completed visits between the days, latest first. */
	private List<PastVisit> visits(Rep rep, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select v.id, v.planned_at, v.visit_date from visit v
				where v.rep_id = :rep and v.status = 'COMPLETED' and v.visit_date between :from and :to
				  and not exists (select 1 from coaching_session s where s.visit_id = v.id)
				order by v.visit_date desc, v.id""")
			.param("rep", rep.id())
			.param("from", from)
			.param("to", to)
			.query(PastVisit.class)
			.list();
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
