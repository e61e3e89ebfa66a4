package org.salesteam.visit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.visit.ActivityAlerts;
import org.salesteam.visit.ActivityAlerts.Shortfall;
import org.salesteam.visit.StandardPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance with the activity standards, rep × week and rep × month: completed visits;
 * prospects visited (the distinct customers who were prospects when the rep completed a
 * visit to them in the period, each counted once per period, however often visited and
 * whoever visited them before; ADR 0024); prospects converted (the customer module's
 * conversion history, {@code prospect_conversion}, credited to the owner on the day of
 * the first order; those not qualified then are counted apart for the manager); proposals
 * and demonstrations (completed visits of those types). Each measure's ratio is actual ÷
 * minimum (a minimum of 0 is met); an ended period is GREEN when every ratio is at least
 * 1, AMBER when every ratio is at least 0.75, RED otherwise, and its shortfalls (the
 * measures below their minimum, in the order visits, prospects, conversions, proposals)
 * say why. A period that has not ended is IN_PROGRESS (NOT_STARTED before it begins): it
 * is shown as progress, not rated.
 */
@Service
public class StandardCompliance implements ActivityAlerts {

	static final double AMBER_FROM = 0.75;

	/** Actual counts of one rep in one week. */
	public record Counts(int visits, int newProspects, int conversions, int proposals, int unqualifiedConversions) {
	}

	/** One cell of the grid. */
	public record Cell(String isoWeek, LocalDate monday, Counts actual, VisitStandards.Minimums minimums, String rating,
			List<Shortfall> shortfalls) {
	}

	/** One rep's row. */
	public record Row(long repId, String username, String repName, List<Cell> weeks) {
	}

	/** One month of one rep ({@code month} as {@code 2026-11}). */
	public record MonthCell(String month, LocalDate firstDay, Counts actual, VisitStandards.Minimums minimums,
			String rating, List<Shortfall> shortfalls) {
	}

	/** One rep's row of months. */
	public record MonthRow(long repId, String username, String repName, List<MonthCell> months) {
	}

	private final JdbcClient jdbc;

	private final VisitStandards standards;

	private final TeamDirectory directory;

	private final IdleCustomers idle;

	private final Clock clock;

	StandardCompliance(JdbcClient jdbc, VisitStandards standards, TeamDirectory directory, IdleCustomers idle,
			Clock clock) {
		this.jdbc = jdbc;
		this.idle = idle;
		this.standards = standards;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The reps the user watches: a manager's teams, every team for directors and admins,
	 * a rep themself.
	 */
	List<TeamDirectory.Member> watched(UserPrincipal user) {
		List<TeamDirectory.TeamSummary> teams = user.hasAnyRole(Role.DIRECTOR, Role.ADMIN) ? this.directory.allTeams()
				: user.hasRole(Role.MANAGER) ? this.directory.teamsManagedBy(user.id()) : List.of();
		List<TeamDirectory.Member> reps = new ArrayList<>();
		teams.forEach((team) -> this.directory.membersOf(team.id())
			.stream()
			.filter((m) -> m.id() != user.id())
			.forEach(reps::add));
		if (reps.isEmpty() && user.hasRole(Role.REP)) {
			this.directory.findMember(user.id()).ifPresent(reps::add);
		}
		return reps;
	}

	/** {@code weeks} weeks ending with the week of {@code lastWeek}, oldest first. */
	@Transactional(readOnly = true)
	public List<Row> grid(UserPrincipal user, String lastWeek, int weeks) {
		LocalDate last = IsoWeeks.monday(lastWeek);
		List<Row> rows = new ArrayList<>();
		for (TeamDirectory.Member rep : watched(user)) {
			VisitStandards.Minimums minimums = this.standards.forRep(rep.id(), StandardPeriod.WEEK);
			List<Cell> cells = new ArrayList<>();
			for (int i = weeks - 1; i >= 0; i--) {
				LocalDate monday = last.minusWeeks(i);
				Counts actual = counts(rep.id(), monday, monday.plusDays(6));
				cells.add(new Cell(IsoWeeks.of(monday), monday, actual, minimums,
						rating(actual, minimums, monday, monday.plusDays(6)), shortfalls(actual, minimums)));
			}
			rows.add(new Row(rep.id(), rep.username(), rep.displayName(), cells));
		}
		return rows;
	}

	/** {@code months} months ending with {@code lastMonth}, oldest first. */
	@Transactional(readOnly = true)
	public List<MonthRow> monthGrid(UserPrincipal user, YearMonth lastMonth, int months) {
		List<MonthRow> rows = new ArrayList<>();
		for (TeamDirectory.Member rep : watched(user)) {
			VisitStandards.Minimums minimums = this.standards.forRep(rep.id(), StandardPeriod.MONTH);
			List<MonthCell> cells = new ArrayList<>();
			for (int i = months - 1; i >= 0; i--) {
				YearMonth month = lastMonth.minusMonths(i);
				Counts actual = counts(rep.id(), month.atDay(1), month.atEndOfMonth());
				cells.add(new MonthCell(month.toString(), month.atDay(1), actual, minimums,
						rating(actual, minimums, month.atDay(1), month.atEndOfMonth()), shortfalls(actual, minimums)));
			}
			rows.add(new MonthRow(rep.id(), rep.username(), rep.displayName(), cells));
		}
		return rows;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RepBehind> behind(UserPrincipal user) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			return List.of();
		}
		return lastWeek(user).stream().filter((rep) -> !"GREEN".equals(rep.rating())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<RepBehind> lastWeek(UserPrincipal user) {
		LocalDate lastFull = IsoWeeks.mondayOf(LocalDate.now(this.clock)).minusWeeks(1);
		String week = IsoWeeks.of(lastFull);
		return grid(user, week, 1).stream().map((row) -> {
			Cell cell = row.weeks().get(0);
			return new RepBehind(row.repId(), row.username(), row.repName(), week, cell.rating(),
					cell.actual().visits(), cell.minimums().visits(), cell.shortfalls());
		}).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Idle notVisited(UserPrincipal user, int limit) {
		List<NotVisited> idle = this.idle.of(user.id(), LocalDate.now(this.clock))
			.stream()
			.map((c) -> new NotVisited(c.customerId(), c.customerName(), c.customerClass(), c.lastVisit()))
			.toList();
		return new Idle(WeekPlans.IDLE_DAYS, idle.size(), idle.subList(0, Math.min(limit, idle.size())));
	}

	Counts counts(long repId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select count(*) as visits,
				       coalesce(sum(case when v.visit_type in ('PROPOSAL', 'DEMONSTRATION') then 1 else 0 end), 0)
				         as proposals,
				       count(distinct case when v.customer_was_prospect then v.customer_id end) as new_prospects,
				       (select count(*) from prospect_conversion c
				         where c.rep_id = :rep and c.converted_on between :from and :to) as conversions,
				       (select count(*) from prospect_conversion c
				         where c.rep_id = :rep and c.converted_on between :from and :to and not c.qualified)
				         as unqualified
				from visit v
				where v.rep_id = :rep and v.status = 'COMPLETED' and v.visit_date between :from and :to
				""")
			.param("rep", repId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Counts(rs.getInt("visits"), rs.getInt("new_prospects"), rs.getInt("conversions"),
					rs.getInt("proposals"), rs.getInt("unqualified")))
			.single();
	}

	/** The rating of a period: not rated until it has ended. */
	String rating(Counts actual, VisitStandards.Minimums minimums, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(this.clock);
		if (today.isBefore(from)) {
			return "NOT_STARTED";
		}
		return today.isAfter(to) ? rating(actual, minimums) : "IN_PROGRESS";
	}

	static List<Shortfall> shortfalls(Counts actual, VisitStandards.Minimums minimums) {
		List<Shortfall> shortfalls = new ArrayList<>();
		shortfall(shortfalls, "VISITS", actual.visits(), minimums.visits());
		shortfall(shortfalls, "PROSPECTS", actual.newProspects(), minimums.newProspects());
		shortfall(shortfalls, "CONVERSIONS", actual.conversions(), minimums.conversions());
		shortfall(shortfalls, "PROPOSALS", actual.proposals(), minimums.proposals());
		return shortfalls;
	}

	private static void shortfall(List<Shortfall> shortfalls, String measure, int actual, int minimum) {
		if (actual < minimum) {
			shortfalls.add(new Shortfall(measure, actual, minimum));
		}
	}

	static String rating(Counts actual, VisitStandards.Minimums minimums) {
		double worst = Math.min(
				Math.min(ratio(actual.visits(), minimums.visits()),
						ratio(actual.newProspects(), minimums.newProspects())),
				Math.min(ratio(actual.conversions(), minimums.conversions()),
						ratio(actual.proposals(), minimums.proposals())));
		return (worst >= 1) ? "GREEN" : (worst >= AMBER_FROM) ? "AMBER" : "RED";
	}

	private static double ratio(int actual, int minimum) {
		return (minimum <= 0) ? 1 : (double) actual / minimum;
	}

}
