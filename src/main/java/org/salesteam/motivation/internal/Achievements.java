package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salesteam.keyaccount.PlanObjectives;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.VisibleScope;
import org.salesteam.team.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Achievements earned from the data (认可成绩, ADR 0046), recorded once each
 * ({@link Recognitions#earn}) by a nightly job over the last {@link #LOOKBACK_DAYS} days,
 * so that a missed night or a late correction is caught up:
 * <ul>
 * <li>{@code NEW_CUSTOMER}: the customer's first placed order (its
 * {@code first_order_date}) fell in the window; earned by that order's owner, once per
 * customer;</li>
 * <li>{@code COMPLAINT_IN_TIME}: a complaint or quality request closed within its
 * resolution deadline in the window; earned by whoever closed it, once per request;</li>
 * <li>{@code MONTH_AT_STANDARD} (月度业绩达标): a calendar month that ended in the window,
 * before today, in which a rep's SALES (the KPI engine's {@code rep:{username}} figure)
 * reached the rep's SALES_VOLUME goal target for that month (the contests' targets: the
 * month's goal, or quarterly or yearly goals pro-rated by working days); none without a
 * target;</li>
 * <li>{@code KEY_ACCOUNT_OBJECTIVE} (大客户计划目标达成, ADR 0053): an objective of an approved
 * key-account plan whose year overlaps the window is met as of the window's last day
 * ({@link PlanObjectives}); earned by the objective's owner (else the plan's), once per
 * objective; the detail is the plan year only, as the wall names no customer;</li>
 * <li>{@code CONTEST_PRIZE} is recorded when a contest's results are announced
 * ({@link ContestAnnouncements}).</li>
 * </ul>
 */
@Component
class Achievements {

	static final String NEW_CUSTOMER = "NEW_CUSTOMER";

	static final String MONTH_AT_STANDARD = "MONTH_AT_STANDARD";

	static final String COMPLAINT_IN_TIME = "COMPLAINT_IN_TIME";

	static final String CONTEST_PRIZE = "CONTEST_PRIZE";

	static final String KEY_ACCOUNT_OBJECTIVE = "KEY_ACCOUNT_OBJECTIVE";

	static final int LOOKBACK_DAYS = 40;

	private static final KpiViewer RECOGNITION = KpiViewer.system("recognition");

	private final Recognitions recognitions;

	private final JdbcClient jdbc;

	private final TeamDirectory directory;

	private final Kpis kpis;

	private final ContestTargets targets;

	private final PlanObjectives planObjectives;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Achievements(Recognitions recognitions, JdbcClient jdbc, TeamDirectory directory, Kpis kpis, ContestTargets targets,
			PlanObjectives planObjectives, TransactionTemplate transactions, Clock clock) {
		this.planObjectives = planObjectives;
		this.recognitions = recognitions;
		this.jdbc = jdbc;
		this.directory = directory;
		this.kpis = kpis;
		this.targets = targets;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${salesteam.motivation.achievements-cron:0 20 2 * * *}",
			zone = "${salesteam.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "motivation.achievements", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void run() {
		LocalDate today = LocalDate.now(this.clock);
		earn(today.minusDays(LOOKBACK_DAYS), today.minusDays(1));
	}

	/**
	 * Records every achievement earned in {@code [from, to]}; answers how many are new.
	 */
	int earn(LocalDate from, LocalDate to) {
		Integer added = this.transactions.execute((tx) -> newCustomers(from, to) + complaints(from, to)
				+ monthsAtStandard(from, to) + keyAccountObjectives(from, to));
		return (added != null) ? added : 0;
	}

	private int newCustomers(LocalDate from, LocalDate to) {
		int[] added = { 0 };
		this.jdbc.sql("""
				select o.owner_id, c.id, c.first_order_date from customer c
				join sales_order o on o.id = (select min(f.id) from sales_order f
				    where f.customer_id = c.id and f.order_date = c.first_order_date
				      and f.status in ('CONFIRMED', 'DELIVERED'))
				where c.first_order_date >= :from and c.first_order_date <= :to and o.owner_id is not null
				""").param("from", from).param("to", to).query((rs) -> {
			added[0] += this.recognitions.earn(rs.getLong(1), NEW_CUSTOMER, "customer:" + rs.getLong(2),
					rs.getObject(3, LocalDate.class), null) ? 1 : 0;
		});
		return added[0];
	}

	private int complaints(LocalDate from, LocalDate to) {
		int[] added = { 0 };
		this.jdbc.sql("""
				select s.closed_by, s.id, s.closed_at from service_request s
				where s.status = 'CLOSED' and s.resolved_in_time = true and s.closed_by is not null
				  and s.request_type in ('COMPLAINT', 'QUALITY')
				  and s.closed_at >= :from and s.closed_at < :until
				""")
			.param("from", Timestamp.from(from.atStartOfDay(this.clock.getZone()).toInstant()))
			.param("until", Timestamp.from(to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant()))
			.query((rs) -> {
				LocalDate closedOn = rs.getTimestamp(3).toInstant().atZone(this.clock.getZone()).toLocalDate();
				added[0] += this.recognitions.earn(rs.getLong(1), COMPLAINT_IN_TIME, "request:" + rs.getLong(2),
						closedOn, null) ? 1 : 0;
			});
		return added[0];
	}

	private int monthsAtStandard(LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(this.clock);
		List<TeamDirectory.Member> reps = this.directory.membersOf(this.directory.allTeams()
			.stream()
			.filter(TeamDirectory.TeamSummary::active)
			.map(TeamDirectory.TeamSummary::id)
			.toList());
		if (reps.isEmpty()) {
			return 0;
		}
		List<VisibleScope> scopes = this.kpis.checkAll(RECOGNITION,
				reps.stream().map((rep) -> KpiScope.rep(rep.username())).toList());
		int added = 0;
		for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
			LocalDate end = month.atEndOfMonth();
			if (end.isBefore(from) || end.isAfter(to) || !end.isBefore(today)) {
				continue;
			}
			KpiPeriod period = new KpiPeriod(month.atDay(1), end);
			List<List<KpiValue>> values = this.kpis.computeEach(scopes, period, List.of(Kpis.Codes.SALES));
			for (int index = 0; index < reps.size(); index++) {
				TeamDirectory.Member rep = reps.get(index);
				BigDecimal target = this.targets.target(Kpis.Codes.SALES, KpiScope.rep(rep.username()), period);
				if (atStandard(values.get(index).get(0).value(), target)) {
					added += this.recognitions.earn(rep.id(), MONTH_AT_STANDARD, month.toString(), end,
							month.toString()) ? 1 : 0;
				}
			}
		}
		return added;
	}

	private int keyAccountObjectives(LocalDate from, LocalDate to) {
		int added = 0;
		for (PlanObjectives.MetObjective met : this.planObjectives.metBetween(from, to)) {
			added += this.recognitions.earn(met.creditedTo(), KEY_ACCOUNT_OBJECTIVE,
					"objective:" + met.planId() + ":" + met.position(), met.metBy(), String.valueOf(met.year())) ? 1
							: 0;
		}
		return added;
	}

	/** At standard: a positive target reached (a figure equal to it counts). */
	static boolean atStandard(BigDecimal value, BigDecimal target) {
		return value != null && target != null && target.signum() > 0 && value.compareTo(target) >= 0;
	}

}
