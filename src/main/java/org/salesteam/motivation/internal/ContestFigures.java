package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salesteam.customer.Customers;
import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.VisibleScope;

import org.springframework.stereotype.Component;

/**
 * The participants' figures for a window, all of them in one pass of the KPI engine
 * ({@link Kpis#computeEach}): a rep's value is the KPI of {@code rep:{username}} — the
 * same figure {@code /api/v1/kpis} shows — and a support person's the assist share of the
 * KPI over the accounts whose account team they are on (ratios: Σ numerators ÷ Σ
 * denominators, not shared). Computed as the application itself: a leaderboard shows
 * every participant's figure to every participant, whose rights the contest's own
 * visibility decides ({@link ContestAccess}). Baselines are the same window a year
 * earlier, potentials the customers' annual purchase potential of each rep. A contest
 * with KPI filters (ADR 0046) takes its values from the engine's sliced figures instead,
 * per participant and window.
 */
@Component
class ContestFigures {

	private static final KpiViewer LEADERBOARD = KpiViewer.system("contest leaderboard");

	private final Kpis kpis;

	private final Customers customers;

	private final ContestAccess access;

	private final ContestTargets targets;

	ContestFigures(Kpis kpis, Customers customers, ContestAccess access, ContestTargets targets) {
		this.kpis = kpis;
		this.customers = customers;
		this.access = access;
		this.targets = targets;
	}

	/** The participants' entries for this window, in the order of {@code people}. */
	List<Standings.Entry> entries(Contest contest, List<ContestPeople.Person> people, KpiPeriod period) {
		List<KpiScope> scopes = new ArrayList<>();
		List<int[]> ranges = new ArrayList<>();
		for (ContestPeople.Person person : people) {
			int start = scopes.size();
			if (person.support()) {
				this.access.accountsOf(person.username()).forEach((id) -> scopes.add(KpiScope.customer(id)));
			}
			else {
				scopes.add(KpiScope.rep(person.username()));
			}
			ranges.add(new int[] { start, scopes.size() });
		}
		List<String> code = List.of(contest.getKpiCode());
		List<VisibleScope> visible = this.kpis.checkAll(LEADERBOARD, scopes);
		ContestFilters filters = contest.getFilters();
		List<List<KpiValue>> now = filters.any() ? null : this.kpis.computeEach(visible, period, code);
		List<List<KpiValue>> lastYear = filters.any() ? null : this.kpis.computeEach(visible, period.lastYear(), code);
		Map<Long, BigDecimal> potentials = this.customers.potentialByOwner(
				people.stream().filter((person) -> !person.support()).map((person) -> person.member().id()).toList());
		boolean withTargets = contest.getScoring() == Scoring.PCT_OF_TARGET;
		boolean ratio = this.kpis.find(contest.getKpiCode()).map(KpiDefinition::ratio).orElse(false);
		List<Standings.Entry> entries = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			ContestPeople.Person person = people.get(i);
			int[] range = ranges.get(i);
			BigDecimal share = person.support() ? contest.getAssistShare() : BigDecimal.ONE;
			BigDecimal target = (withTargets && !person.support())
					? this.targets.target(contest.getKpiCode(), KpiScope.rep(person.username()), period) : null;
			List<VisibleScope> own = visible.subList(range[0], range[1]);
			BigDecimal value = filters.any() ? sliced(own, period, contest, share)
					: combine(now.subList(range[0], range[1]), ratio, share);
			BigDecimal baseline = filters.any() ? sliced(own, period.lastYear(), contest, share)
					: combine(lastYear.subList(range[0], range[1]), ratio, share);
			entries.add(new Standings.Entry(person.username(), person.support(), value, baseline, target,
					person.support() ? null : potentials.get(person.member().id())));
		}
		return entries;
	}

	/**
	 * The filtered KPI (sales, profit or order count, ADR 0046) over these scopes, Σ ×
	 * share; null when there are none (a support person without accounts).
	 */
	private BigDecimal sliced(List<VisibleScope> scopes, KpiPeriod period, Contest contest, BigDecimal share) {
		if (scopes.isEmpty()) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (VisibleScope scope : scopes) {
			sum = sum.add(this.kpis.sliced(scope, period, contest.getKpiCode(), contest.getFilters().slice(null)));
		}
		return (share.compareTo(BigDecimal.ONE) == 0) ? sum : sum.multiply(share).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * One value of several scopes' values: an amount or count as Σ × share, a ratio as Σ
	 * numerators ÷ Σ denominators; null when there are none or the ratio is undefined.
	 */
	static BigDecimal combine(List<List<KpiValue>> values, boolean ratio, BigDecimal share) {
		if (values.isEmpty()) {
			return null;
		}
		if (values.size() == 1 && share.compareTo(BigDecimal.ONE) == 0) {
			return values.get(0).get(0).value();
		}
		BigDecimal numerator = BigDecimal.ZERO;
		BigDecimal denominator = BigDecimal.ZERO;
		for (List<KpiValue> list : values) {
			KpiValue value = list.get(0);
			if (ratio) {
				numerator = numerator.add(zero(value.numerator()));
				denominator = denominator.add(zero(value.denominator()));
			}
			else {
				numerator = numerator.add(zero(value.value()));
			}
		}
		if (ratio) {
			return (denominator.signum() == 0) ? null
					: numerator.divide(denominator, Standings.SCALE, RoundingMode.HALF_UP);
		}
		return numerator.multiply(share).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal zero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
