package org.salesteam.visit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.visit.ActivityAlerts;
import org.salesteam.visit.ActivityAlerts.Shortfall;
import org.salesteam.visit.StandardPeriod;
import org.salesteam.visit.VisitStandard;

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

	private final ComplianceCounts counts;

	private final VisitStandards standards;

	private final TeamDirectory directory;

	private final IdleCustomers idle;

	private final Clock clock;

	StandardCompliance(ComplianceCounts counts, VisitStandards standards, TeamDirectory directory, IdleCustomers idle,
			Clock clock) {
		this.counts = counts;
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
		List<ComplianceCounts.Period> periods = new ArrayList<>();
		for (int i = weeks - 1; i >= 0; i--) {
			LocalDate monday = last.minusWeeks(i);
			periods.add(new ComplianceCounts.Period(monday, monday.plusDays(6)));
		}
		List<TeamDirectory.Member> reps = watched(user);
		Map<Long, List<Counts>> counts = this.counts.of(reps.stream().map(TeamDirectory.Member::id).toList(), periods);
		List<VisitStandard> standards = this.standards.rows(StandardPeriod.WEEK);
		List<Row> rows = new ArrayList<>();
		for (TeamDirectory.Member rep : reps) {
			VisitStandards.Minimums minimums = this.standards.forRep(rep.id(), rep.teamId(), standards);
			List<Cell> cells = new ArrayList<>();
			for (int i = 0; i < periods.size(); i++) {
				ComplianceCounts.Period week = periods.get(i);
				Counts actual = counts.get(rep.id()).get(i);
				cells.add(new Cell(IsoWeeks.of(week.from()), week.from(), actual, minimums,
						rating(actual, minimums, week.from(), week.to()), shortfalls(actual, minimums)));
			}
			rows.add(new Row(rep.id(), rep.username(), rep.displayName(), cells));
		}
		return rows;
	}

	/** {@code months} months ending with {@code lastMonth}, oldest first. */
	@Transactional(readOnly = true)
	public List<MonthRow> monthGrid(UserPrincipal user, YearMonth lastMonth, int months) {
		List<YearMonth> monthList = new ArrayList<>();
		for (int i = months - 1; i >= 0; i--) {
			monthList.add(lastMonth.minusMonths(i));
		}
		List<ComplianceCounts.Period> periods = monthList.stream()
			.map((m) -> new ComplianceCounts.Period(m.atDay(1), m.atEndOfMonth()))
			.toList();
		List<TeamDirectory.Member> reps = watched(user);
		Map<Long, List<Counts>> counts = this.counts.of(reps.stream().map(TeamDirectory.Member::id).toList(), periods);
		List<VisitStandard> standards = this.standards.rows(StandardPeriod.MONTH);
		List<MonthRow> rows = new ArrayList<>();
		for (TeamDirectory.Member rep : reps) {
			VisitStandards.Minimums minimums = this.standards.forRep(rep.id(), rep.teamId(), standards);
			List<MonthCell> cells = new ArrayList<>();
			for (int i = 0; i < periods.size(); i++) {
				ComplianceCounts.Period month = periods.get(i);
				Counts actual = counts.get(rep.id()).get(i);
				cells.add(new MonthCell(monthList.get(i).toString(), month.from(), actual, minimums,
						rating(actual, minimums, month.from(), month.to()), shortfalls(actual, minimums)));
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
