package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiUnit;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.VisibleScope;

import org.springframework.stereotype.Component;

/**
 * Which of a rep's visits the demo's managers coached, chosen from the data (ADR 0054).
 * Each session of a team that the effect page counts has candidate visits (one every
 * third visit day of about six weeks); the days are chosen together for the team, one
 * session at a time and twice over, so that the page — which computes exactly this
 * ({@link CoachingEffect}: peers are the teammates without a session within 8 weeks,
 * changes by {@link EffectRules}) — shows the coached reps doing better than their
 * uncoached teammates: a session counts most when sales rose more than the peers' (a loss
 * by its size, since the page shows the mean), then by how many of the page's KPIs
 * ({@link CoachingEffect#CHOICES}) went the good way, then by how near the sales effect
 * is to a modest +8 points. Nobody's orders or visits are changed: the demo's managers
 * coached where it showed. The KPI values are read once per window for the whole team.
 */
@Component
class DemoCoachedDays {

	/** The sales effect the choice aims at among equally good days: +8 points. */
	static final BigDecimal MODEST_SALES_EFFECT = new BigDecimal("0.08");

	private static final int PASSES = 2;

	private static final double SALES_UP = 100;

	private static final double PER_GOOD_KPI = 10;

	private static final double MAX_DISTANCE = 5;

	private static final KpiViewer DEMO = KpiViewer.system("demo coaching: which visits were coached");

	/**
	 * A demo session that is not a joint call: its candidate visits with their review
	 * days, and the one chosen (the first until {@link #choose}); only a session the page
	 * counts (its 8 weeks after are over) is chosen, the others keep theirs.
	 */
	static final class Slot<T> {

		private final String rep;

		private final boolean counted;

		private final List<T> visits;

		private final List<LocalDate> reviewDays;

		private int chosen;

		Slot(String rep, boolean counted, List<T> visits, List<LocalDate> reviewDays) {
			this.rep = rep;
			this.counted = counted;
			this.visits = visits;
			this.reviewDays = reviewDays;
		}

		String rep() {
			return this.rep;
		}

		boolean counted() {
			return this.counted;
		}

		int candidates() {
			return this.visits.size();
		}

		int chosen() {
			return this.chosen;
		}

		void choose(int candidate) {
			this.chosen = candidate;
		}

		T visit() {
			return this.visits.get(this.chosen);
		}

		LocalDate reviewDay() {
			return this.reviewDays.get(this.chosen);
		}

	}

	private final Kpis kpis;

	private final Map<String, Map<String, Map<String, BigDecimal>>> windows = new HashMap<>();

	DemoCoachedDays(Kpis kpis) {
		this.kpis = kpis;
	}

	/** Chooses the counted slots' visits for the team (all its active reps). */
	void choose(List<String> team, List<? extends Slot<?>> slots) {
		List<KpiDefinition> definitions = CoachingEffect.CHOICES.stream()
			.map((code) -> this.kpis.find(code).orElseThrow())
			.toList();
		for (int pass = 0; pass < PASSES; pass++) {
			for (Slot<?> slot : slots) {
				if (!slot.counted() || slot.candidates() < 2) {
					continue;
				}
				int best = slot.chosen();
				double bestScore = Double.NEGATIVE_INFINITY;
				for (int candidate = 0; candidate < slot.candidates(); candidate++) {
					slot.choose(candidate);
					double score = teamScore(team, slots, definitions);
					if (score > bestScore) {
						best = candidate;
						bestScore = score;
					}
				}
				slot.choose(best);
			}
		}
	}

	/** Drops the values read (the demo is made once). */
	void forget() {
		this.windows.clear();
	}

	private double teamScore(List<String> team, List<? extends Slot<?>> slots, List<KpiDefinition> definitions) {
		double score = 0;
		for (Slot<?> slot : slots) {
			if (!slot.counted()) {
				continue;
			}
			LocalDate day = slot.reviewDay();
			List<String> peers = team.stream()
				.filter((member) -> !member.equals(slot.rep()))
				.filter((member) -> slots.stream()
					.noneMatch((other) -> other.rep().equals(member)
							&& !other.reviewDay().isBefore(day.minusDays(CoachingEffect.WINDOW_DAYS))
							&& other.reviewDay().isBefore(day.plusDays(CoachingEffect.WINDOW_DAYS))))
				.toList();
			if (!peers.isEmpty()) {
				score += sessionScore(team, slot.rep(), peers, day, definitions);
			}
		}
		return score;
	}

	private double sessionScore(List<String> team, String rep, List<String> peers, LocalDate day,
			List<KpiDefinition> definitions) {
		int windowDays = CoachingEffect.WINDOW_DAYS;
		Map<String, Map<String, BigDecimal>> before = values(team,
				new KpiPeriod(day.minusDays(windowDays), day.minusDays(1)));
		Map<String, Map<String, BigDecimal>> after = values(team, new KpiPeriod(day, day.plusDays(windowDays - 1)));
		int good = 0;
		BigDecimal sales = null;
		for (KpiDefinition definition : definitions) {
			boolean growth = definition.unit() != KpiUnit.PERCENT;
			String code = definition.code();
			List<EffectRules.Change> peerChanges = peers.stream()
				.map((peer) -> new EffectRules.Change(before.get(peer).get(code), after.get(peer).get(code), growth))
				.toList();
			BigDecimal effect = EffectRules
				.session(new EffectRules.Change(before.get(rep).get(code), after.get(rep).get(code), growth),
						peerChanges)
				.effect();
			if (effect != null && effect.signum() != 0 && (effect.signum() > 0) == definition.higherIsBetter()) {
				good++;
			}
			if (code.equals(Kpis.Codes.SALES)) {
				sales = effect;
			}
		}
		if (sales == null) {
			return PER_GOOD_KPI * good - SALES_UP;
		}
		// a loss counts by its size (the page shows the mean), a gain up to the modest +8
		// points, and a gain far above it a little less
		double effect = sales.doubleValue();
		double distance = Math.min(MAX_DISTANCE, Math.abs(effect - MODEST_SALES_EFFECT.doubleValue()));
		return ((effect > 0) ? SALES_UP : SALES_UP * Math.max(-MAX_DISTANCE, effect)) + PER_GOOD_KPI * good - distance;
	}

	/**
	 * Each team member's values of the page's KPIs in the window, read once per window.
	 */
	private Map<String, Map<String, BigDecimal>> values(List<String> team, KpiPeriod period) {
		return this.windows.computeIfAbsent(team + "/" + period.from() + "/" + period.to(), (key) -> {
			List<VisibleScope> scopes = this.kpis.checkAll(DEMO, team.stream().map(KpiScope::rep).toList());
			List<List<KpiValue>> values = this.kpis.computeEach(scopes, period, CoachingEffect.CHOICES);
			Map<String, Map<String, BigDecimal>> byMember = new HashMap<>();
			for (int i = 0; i < team.size(); i++) {
				Map<String, BigDecimal> byCode = new HashMap<>();
				values.get(i).forEach((value) -> byCode.put(value.code(), value.value()));
				byMember.put(team.get(i), byCode);
			}
			return byMember;
		});
	}

}
