package org.salesteam.home.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.salesteam.goal.GoalProgress;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.VisibleScope;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.visit.ActivityAlerts;

import org.springframework.stereotype.Service;

/**
 * The cockpit's figures, all from the KPI engine on the user's behalf
 * ({@code Kpis.check(KpiViewer.of(user), …)}): sales against the goal of this month and
 * this quarter with the pace and forecast of {@link GoalProgress}, and the reps (for a
 * manager) or the teams (for a director) side by side, computed together in one engine
 * call ({@link Kpis#computeEach}), beside last week's visits against the standard.
 */
@Service
public class Cockpit {

	/** The KPIs of a side-by-side row, in this order. */
	static final List<String> MONTH_CODES = List.of(Kpis.Codes.SALES, Kpis.Codes.VISITS);

	/** The KPI of a side-by-side row's goal pace, for this quarter. */
	static final List<String> QUARTER_CODES = List.of(Kpis.Codes.SALES_VS_GOAL);

	/**
	 * Sales against the goal of a whole calendar period (the sales so far: no order is
	 * dated after today).
	 *
	 * @param period MONTH or QUARTER
	 * @param sales the period's sales ({@code SALES_VS_GOAL}'s numerator, equal to
	 * {@code SALES})
	 * @param target the approved sales goal, or {@code null}
	 * @param progress attained, pace and forecast
	 * @param previousSales the sales of the same span of the period before (this month's
	 * first seven days → last month's first seven), or {@code null} when not asked
	 */
	public record GoalPace(String period, LocalDate from, LocalDate to, BigDecimal sales, BigDecimal target,
			GoalProgress progress, BigDecimal previousSales) {

		public boolean hasGoal() {
			return this.target != null;
		}

		/** Change of the sales against the same span before, or {@code null}. */
		public BigDecimal change() {
			if (this.previousSales == null || this.previousSales.signum() == 0) {
				return null;
			}
			return this.sales.subtract(this.previousSales)
				.divide(this.previousSales, 6, java.math.RoundingMode.HALF_UP);
		}

	}

	/**
	 * One rep or team of the side-by-side table: this month's sales and completed visits,
	 * this quarter's sales against its goal (the demo company and its teams set quarterly
	 * goals), and last week's visits against the weekly standard (for a team: how many of
	 * its reps fell behind).
	 */
	public record Row(String name, KpiScope scope, BigDecimal sales, BigDecimal visits, GoalPace quarter,
			int weekVisits, int weekNeeded, String rating, List<ActivityAlerts.Shortfall> shortfalls, long repsBehind,
			long reps) {
	}

	private final Kpis kpis;

	private final TeamDirectory directory;

	private final ActivityAlerts alerts;

	private final Clock clock;

	Cockpit(Kpis kpis, TeamDirectory directory, ActivityAlerts alerts, Clock clock) {
		this.kpis = kpis;
		this.directory = directory;
		this.alerts = alerts;
		this.clock = clock;
	}

	/**
	 * The scope the cockpit opens with: the company for a director, the (first) team a
	 * manager manages, a rep's own figures; empty for anyone else.
	 */
	public java.util.Optional<KpiScope> headScope(UserPrincipal user) {
		if (user.hasRole(Role.DIRECTOR)) {
			return java.util.Optional.of(KpiScope.company());
		}
		if (user.hasRole(Role.MANAGER)) {
			return managedTeams(user).stream().findFirst().map((team) -> KpiScope.team(team.id()));
		}
		if (user.hasRole(Role.REP)) {
			return java.util.Optional.of(KpiScope.rep(user.getUsername()));
		}
		return java.util.Optional.empty();
	}

	/** Sales against the goal of this month and of this quarter. */
	public List<GoalPace> pace(UserPrincipal user, KpiScope scope) {
		VisibleScope visible = this.kpis.check(KpiViewer.of(user), scope);
		LocalDate today = LocalDate.now(this.clock);
		List<GoalPace> paces = new ArrayList<>();
		for (KpiPeriod period : List.of(month(today), quarter(today))) {
			KpiValue value = this.kpis.compute(visible, period, Kpis.Codes.SALES_VS_GOAL);
			int months = (period.days() > 31) ? 3 : 1;
			KpiPeriod before = KpiPeriod.toDate(period.from(), months, today).previous();
			BigDecimal previous = this.kpis.compute(visible, before, Kpis.Codes.SALES).value();
			paces.add(pace((months == 3) ? "QUARTER" : "MONTH", period, value, today, previous));
		}
		return paces;
	}

	/**
	 * A director's teams or a manager's reps side by side, by this month's sales, largest
	 * first; empty for anyone else.
	 */
	public List<Row> sideBySide(UserPrincipal user) {
		LocalDate today = LocalDate.now(this.clock);
		KpiPeriod month = month(today);
		KpiPeriod quarter = quarter(today);
		Map<Long, ActivityAlerts.RepBehind> week = this.alerts.lastWeek(user)
			.stream()
			.collect(Collectors.toMap(ActivityAlerts.RepBehind::repId, Function.identity(), (a, b) -> a));
		List<Row> rows;
		if (user.hasRole(Role.DIRECTOR)) {
			List<TeamDirectory.TeamSummary> teams = this.directory.allTeams()
				.stream()
				.filter(TeamDirectory.TeamSummary::active)
				.toList();
			List<KpiScope> scopes = teams.stream().map((t) -> KpiScope.team(t.id())).toList();
			List<List<KpiValue>> values = compute(user, scopes, month, MONTH_CODES);
			List<List<KpiValue>> goals = compute(user, scopes, quarter, QUARTER_CODES);
			rows = new ArrayList<>();
			for (int i = 0; i < teams.size(); i++) {
				List<TeamDirectory.Member> reps = reps(teams.get(i));
				long behind = reps.stream()
					.filter((r) -> week.containsKey(r.id()) && !"GREEN".equals(week.get(r.id()).rating()))
					.count();
				int done = reps.stream()
					.mapToInt((r) -> week.containsKey(r.id()) ? week.get(r.id()).visitsDone() : 0)
					.sum();
				int needed = reps.stream()
					.mapToInt((r) -> week.containsKey(r.id()) ? week.get(r.id()).visitsNeeded() : 0)
					.sum();
				rows.add(new Row(teams.get(i).name(), scopes.get(i), values.get(i).get(0).value(),
						values.get(i).get(1).value(), pace("QUARTER", quarter, goals.get(i).get(0), today, null), done,
						needed, null, List.of(), behind, reps.size()));
			}
		}
		else if (user.hasRole(Role.MANAGER)) {
			List<TeamDirectory.Member> reps = managedTeams(user).stream().flatMap((t) -> reps(t).stream()).toList();
			List<KpiScope> scopes = reps.stream().map((r) -> KpiScope.rep(r.username())).toList();
			List<List<KpiValue>> values = compute(user, scopes, month, MONTH_CODES);
			List<List<KpiValue>> goals = compute(user, scopes, quarter, QUARTER_CODES);
			rows = new ArrayList<>();
			for (int i = 0; i < reps.size(); i++) {
				ActivityAlerts.RepBehind last = week.get(reps.get(i).id());
				rows.add(new Row(reps.get(i).displayName(), scopes.get(i), values.get(i).get(0).value(),
						values.get(i).get(1).value(), pace("QUARTER", quarter, goals.get(i).get(0), today, null),
						(last != null) ? last.visitsDone() : 0, (last != null) ? last.visitsNeeded() : 0,
						(last != null) ? last.rating() : null, (last != null) ? last.shortfalls() : List.of(),
						(last != null && !"GREEN".equals(last.rating())) ? 1 : 0, 1));
			}
		}
		else {
			return List.of();
		}
		rows.sort(Comparator.comparing(Row::sales, Comparator.nullsLast(Comparator.reverseOrder())));
		return rows;
	}

	/** The rep's own completed visits this month. */
	public BigDecimal visitsThisMonth(UserPrincipal user) {
		return this.kpis
			.compute(KpiViewer.of(user), KpiScope.rep(user.getUsername()), month(LocalDate.now(this.clock)),
					Kpis.Codes.VISITS)
			.value();
	}

	/** This month, whole. */
	public static KpiPeriod month(LocalDate today) {
		YearMonth month = YearMonth.from(today);
		return new KpiPeriod(month.atDay(1), month.atEndOfMonth());
	}

	/** This quarter, whole. */
	public static KpiPeriod quarter(LocalDate today) {
		LocalDate start = today.with(IsoFields.DAY_OF_QUARTER, 1);
		return new KpiPeriod(start, start.plusMonths(3).minusDays(1));
	}

	private List<List<KpiValue>> compute(UserPrincipal user, List<KpiScope> scopes, KpiPeriod period,
			List<String> codes) {
		if (scopes.isEmpty()) {
			return List.of();
		}
		return this.kpis.computeEach(this.kpis.checkAll(KpiViewer.of(user), scopes), period, codes);
	}

	private static GoalPace pace(String name, KpiPeriod period, KpiValue salesVsGoal, LocalDate today,
			BigDecimal previous) {
		BigDecimal sales = (salesVsGoal.numerator() != null) ? salesVsGoal.numerator() : BigDecimal.ZERO;
		BigDecimal target = salesVsGoal.denominator();
		return new GoalPace(name, period.from(), period.to(), sales, target,
				GoalProgress.of(sales, target, null, period.from(), period.to(), today, true), previous);
	}

	private List<TeamDirectory.TeamSummary> managedTeams(UserPrincipal user) {
		return this.directory.teamsManagedBy(user.id()).stream().filter(TeamDirectory.TeamSummary::active).toList();
	}

	/** A team's active members other than its manager. */
	private List<TeamDirectory.Member> reps(TeamDirectory.TeamSummary team) {
		return this.directory.membersOf(team.id())
			.stream()
			.filter((m) -> m.active() && !java.util.Objects.equals(m.id(), team.managerId()))
			.toList();
	}

}
