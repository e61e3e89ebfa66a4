package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.evaluation.RepPercentiles;

/**
 * One training list from the sources of a rep's needs (pure; ADR 0038). A topic is a
 * skill of the self-test or a knowledge item; its weight is the sum of its reasons':
 * <ul>
 * <li>{@code SELF_TEST}: the rep's priority when ≥ 4 (4–6);</li>
 * <li>{@code MANAGER_RATING}: importance × (3 − the manager's ability) when ≥ 4;</li>
 * <li>{@code TALK}: rep and manager rate the ability ≥ 2 apart — 2, a talk first;</li>
 * <li>{@code DATA}: a finding of the data diagnosis — 6, the records show it; 3 when
 * every peer shows it too (a team topic, for a sales meeting);</li>
 * <li>{@code KNOWLEDGE}: a required knowledge item overdue or expired — 4;</li>
 * <li>{@code KPI_GAP}: a KPI of the rep's scorecard where the rep is in the bottom
 * quartile of the rated peers (percentile &lt; 25) — 5, and 6 in the bottom eighth
 * (percentile &lt; 12.5), as clear as a finding of the data (ADR 0054).</li>
 * </ul>
 * Topics are listed by weight, then by the number of reasons, then in the self-test's
 * item order (knowledge items and KPIs after).
 */
public final class TrainingRanking {

	static final int DATA_WEIGHT = 6;

	static final int TEAM_WIDE_WEIGHT = 3;

	static final int KNOWLEDGE_WEIGHT = 4;

	static final int TALK_WEIGHT = 2;

	static final int KPI_GAP_WEIGHT = 5;

	static final int KPI_DEEP_GAP_WEIGHT = 6;

	/** Below this percentile a KPI is a gap: the bottom quartile of the peers. */
	static final BigDecimal KPI_GAP_BELOW = BigDecimal.valueOf(25);

	/**
	 * Below this percentile a gap weighs as much as a data finding: the bottom eighth.
	 */
	static final BigDecimal KPI_DEEP_GAP_BELOW = new BigDecimal("12.5");

	/**
	 * Why a topic is on the list.
	 *
	 * @param kind SELF_TEST, MANAGER_RATING, TALK, DATA, KNOWLEDGE or KPI_GAP
	 * @param code the finding's code for DATA, the knowledge status for KNOWLEDGE, the
	 * KPI code for KPI_GAP, else the skill
	 * @param arguments what the reason's message names (priorities, evidence)
	 */
	public record Reason(String kind, String code, int weight, List<Object> arguments) {
	}

	/**
	 * A topic of the list.
	 *
	 * @param kind SKILL (a self-test item), KNOWLEDGE (a knowledge item) or KPI (a KPI of
	 * the scorecard)
	 */
	public record Need(String kind, String topic, int weight, List<Reason> reasons) {
	}

	private final Map<String, List<Reason>> reasons = new LinkedHashMap<>();

	TrainingRanking add(String kind, String topic, Reason reason) {
		this.reasons.computeIfAbsent(kind + ":" + topic, (k) -> new ArrayList<>()).add(reason);
		return this;
	}

	/**
	 * Adds the self-test's needs: the rep's and the manager's priorities and the flags.
	 */
	TrainingRanking selfTest(List<SelfTestScoring.ItemScore> items) {
		for (SelfTestScoring.ItemScore item : items) {
			if (item.trainingNeed()) {
				add("SKILL", item.code(),
						new Reason("SELF_TEST", item.code(), item.priority(), List.of(item.priority())));
			}
			if (item.importance() != null && item.managerAbility() != null) {
				int manager = item.importance() * (3 - item.managerAbility());
				if (manager >= SelfTestScoring.TRAINING_NEED) {
					add("SKILL", item.code(), new Reason("MANAGER_RATING", item.code(), manager, List.of(manager)));
				}
			}
			if (item.flagged()) {
				add("SKILL", item.code(),
						new Reason("TALK", item.code(), TALK_WEIGHT, List.of(item.ability(), item.managerAbility())));
			}
		}
		return this;
	}

	/** Adds the findings of the data diagnosis under the skills that train them. */
	TrainingRanking findings(List<DiagnosisRules.Finding> findings) {
		for (DiagnosisRules.Finding finding : findings) {
			add("SKILL", finding.skill(), new Reason("DATA", finding.code(),
					finding.teamWide() ? TEAM_WIDE_WEIGHT : DATA_WEIGHT, List.of(finding.arguments())));
		}
		return this;
	}

	/** Adds the required knowledge items overdue or expired. */
	TrainingRanking knowledge(List<KnowledgeChecklist.ItemStatus> items) {
		for (KnowledgeChecklist.ItemStatus status : items) {
			if (status.item().required() && (status.status() == KnowledgeRules.Status.OVERDUE
					|| status.status() == KnowledgeRules.Status.EXPIRED)) {
				add("KNOWLEDGE", status.item().code(), new Reason("KNOWLEDGE", status.status().name(), KNOWLEDGE_WEIGHT,
						List.of(status.item().what(), String.valueOf(status.dueOn()))));
			}
		}
		return this;
	}

	/**
	 * Adds the KPIs of the year's scorecard where the rep is in the bottom quartile; the
	 * reason's arguments are the percentile as shown (two decimals), the rated peers and
	 * the year (for the link to the scorecard). The evaluation module's own metrics are
	 * not KPIs and are left out.
	 */
	TrainingRanking kpiGaps(int year, List<RepPercentiles.MetricPercentile> metrics) {
		for (RepPercentiles.MetricPercentile metric : metrics) {
			if (metric.kpi() && metric.percentile() != null && metric.percentile().compareTo(KPI_GAP_BELOW) < 0) {
				int weight = (metric.percentile().compareTo(KPI_DEEP_GAP_BELOW) < 0) ? KPI_DEEP_GAP_WEIGHT
						: KPI_GAP_WEIGHT;
				add("KPI", metric.code(),
						new Reason("KPI_GAP", metric.code(), weight,
								List.of(metric.percentile().setScale(2, RoundingMode.HALF_UP).toPlainString(),
										metric.peerCount(), String.valueOf(year))));
			}
		}
		return this;
	}

	List<Need> ranked() {
		List<Need> needs = new ArrayList<>();
		this.reasons.forEach((key, list) -> {
			int colon = key.indexOf(':');
			needs.add(new Need(key.substring(0, colon), key.substring(colon + 1),
					list.stream().mapToInt(Reason::weight).sum(), List.copyOf(list)));
		});
		needs.sort(Comparator.comparingInt(Need::weight)
			.reversed()
			.thenComparing(Comparator.comparingInt((Need need) -> need.reasons().size()).reversed())
			.thenComparingInt(TrainingRanking::order));
		return needs;
	}

	private static int order(Need need) {
		int skill = SelfTestItems.CODES.indexOf(need.topic());
		return "SKILL".equals(need.kind()) && skill >= 0 ? skill : SelfTestItems.CODES.size();
	}

}
