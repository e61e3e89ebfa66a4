package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.VisibleScope;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Component;

/**
 * The control group of a contest's evaluation (ADR 0046, ADR 0053): the active reps of
 * the active teams who do not take part and who sold something in the year-earlier span
 * of the evaluation's windows (a rep without a year-earlier figure — a new hire — has no
 * change to compare). Only with at least {@link #MIN_CONTROL} of them is it a group; it
 * is enough to be the verdict's baseline when, besides, its year-earlier sales are
 * positive in every window.
 */
@Component
class ControlGroups {

	/** The fewest comparable non-participants that make a control group. */
	static final int MIN_CONTROL = 3;

	private static final KpiViewer EVALUATION = KpiViewer.system("contest evaluation");

	private final ContestPeople people;

	private final TeamDirectory directory;

	private final Kpis kpis;

	ControlGroups(ContestPeople people, TeamDirectory directory, Kpis kpis) {
		this.people = people;
		this.directory = directory;
		this.kpis = kpis;
	}

	/**
	 * The control group's sales per window, now and a year earlier; {@code reps} is 0 and
	 * the sales are empty when fewer than {@link #MIN_CONTROL} reps qualify.
	 */
	record ControlGroup(int reps, List<BigDecimal> now, List<BigDecimal> lastYear) {

		static final ControlGroup NONE = new ControlGroup(0, List.of(), List.of());

		/**
		 * Enough to be the baseline: a group with a positive year-earlier figure in every
		 * window.
		 */
		boolean enough() {
			return this.reps >= MIN_CONTROL && this.lastYear.stream().allMatch((sales) -> sales.signum() > 0);
		}

		/**
		 * The baseline of a window: the participants' sales a year earlier × the control
		 * group's change (now ÷ a year earlier), to the cent, half up.
		 */
		BigDecimal baseline(int window, BigDecimal participantsLastYear) {
			return participantsLastYear.multiply(this.now.get(window))
				.divide(this.lastYear.get(window), 2, RoundingMode.HALF_UP);
		}

	}

	ControlGroup of(Contest contest, List<KpiPeriod> windows) {
		List<VisibleScope> candidates = candidates(contest);
		if (candidates.size() < MIN_CONTROL) {
			return ControlGroup.NONE;
		}
		List<List<BigDecimal>> earlier = new ArrayList<>();
		List<List<BigDecimal>> current = new ArrayList<>();
		for (KpiPeriod window : windows) {
			earlier.add(salesEach(candidates, window.lastYear()));
			current.add(salesEach(candidates, window));
		}
		List<Integer> comparable = new ArrayList<>();
		for (int rep = 0; rep < candidates.size(); rep++) {
			BigDecimal total = BigDecimal.ZERO;
			for (List<BigDecimal> window : earlier) {
				total = total.add(window.get(rep));
			}
			if (total.signum() > 0) {
				comparable.add(rep);
			}
		}
		if (comparable.size() < MIN_CONTROL) {
			return ControlGroup.NONE;
		}
		return new ControlGroup(comparable.size(), sums(current, comparable), sums(earlier, comparable));
	}

	private static List<BigDecimal> sums(List<List<BigDecimal>> windows, List<Integer> reps) {
		return windows.stream()
			.map((window) -> reps.stream().map(window::get).reduce(BigDecimal.ZERO, BigDecimal::add))
			.toList();
	}

	private List<BigDecimal> salesEach(List<VisibleScope> reps, KpiPeriod period) {
		return this.kpis.computeEach(reps, period, List.of(Kpis.Codes.SALES))
			.stream()
			.map((values) -> values.get(0))
			.map(KpiValue::value)
			.map((value) -> (value != null) ? value : BigDecimal.ZERO)
			.toList();
	}

	/** The active reps of the active teams who do not take part. */
	private List<VisibleScope> candidates(Contest contest) {
		Set<String> taking = new HashSet<>();
		this.people.of(contest).forEach((person) -> taking.add(person.username()));
		List<KpiScope> scopes = this.directory
			.membersOf(this.directory.allTeams()
				.stream()
				.filter(TeamDirectory.TeamSummary::active)
				.map(TeamDirectory.TeamSummary::id)
				.toList())
			.stream()
			.filter((member) -> !taking.contains(member.username()))
			.map((member) -> KpiScope.rep(member.username()))
			.toList();
		return scopes.isEmpty() ? List.of() : this.kpis.checkAll(EVALUATION, scopes);
	}

}
