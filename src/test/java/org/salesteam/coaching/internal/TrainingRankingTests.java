package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salesteam.evaluation.RepPercentiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training list by hand: a topic's weight is the sum of its reasons' (self-test and
 * manager priorities ≥ 4 at their value, a data finding 6, an overdue knowledge item 4, a
 * flag 2); ties go to the topic with more reasons, then to the self-test's order.
 */
class TrainingRankingTests {

	@Test
	void reasonsAddUpAndRank() {
		List<SelfTestScoring.ItemScore> items = List.of(
				// importance 3, ability 3 (priority 0), manager 1: manager priority 3 × 2
				// = 6,
				// and 3 − 1 = 2 apart → talk 2: weight 8
				SelfTestScoring.score("PROSPECTING", 3, 3, 1),
				// importance 2, ability 1: priority 4 (need), no manager rating: weight 4
				SelfTestScoring.score("CLOSING", 2, 1, null),
				// importance 3, ability 2: priority 3, manager 2 → 3: nothing
				SelfTestScoring.score("PRODUCTS", 3, 2, 2));
		DiagnosisRules.Finding finding = new DiagnosisRules.Finding("LITTLE_PROSPECTING", "PROSPECTING", 0,
				Map.of("distinctProspects", 1L), false);
		// every peer shows it too: a team topic, 3
		DiagnosisRules.Finding teamWide = new DiagnosisRules.Finding("NO_CUSTOMER_GOALS", "CUSTOMER_ANALYSIS", 24,
				Map.of("customers", 30L), true);
		KnowledgeRules.Item pricing = new KnowledgeRules.Item("PRICING", "PRODUCT", "报价政策", null, null, 30, "QUIZ",
				true, null);
		KnowledgeRules.Item optional = new KnowledgeRules.Item("HISTORY", "COMPANY", "公司历史", null, null, 30, "QUIZ",
				false, null);
		LocalDate due = LocalDate.of(2026, 2, 1);
		List<TrainingRanking.Need> needs = new TrainingRanking().selfTest(items)
			.findings(List.of(finding, teamWide))
			.knowledge(List.of(
					new KnowledgeChecklist.ItemStatus(pricing, KnowledgeRules.Status.OVERDUE, due, null, null, null,
							null, null),
					new KnowledgeChecklist.ItemStatus(optional, KnowledgeRules.Status.OVERDUE, due, null, null, null,
							null, null)))
			.ranked();
		// PROSPECTING 6 + 2 + 6 = 14; CLOSING 4 (one reason, self-test order 11) before
		// PRICING 4 (one reason, knowledge after the skills); CUSTOMER_ANALYSIS 3 (the
		// team-wide finding); the optional item is left out
		assertThat(needs).extracting(TrainingRanking.Need::topic)
			.containsExactly("PROSPECTING", "CLOSING", "PRICING", "CUSTOMER_ANALYSIS");
		assertThat(needs).extracting(TrainingRanking.Need::weight).containsExactly(14, 4, 4, 3);
		assertThat(needs.get(0).reasons()).extracting(TrainingRanking.Reason::kind)
			.containsExactly("MANAGER_RATING", "TALK", "DATA");
		assertThat(needs.get(2).kind()).isEqualTo("KNOWLEDGE");
		assertThat(needs.get(2).reasons().get(0).arguments()).containsExactly("报价政策", "2026-02-01");
	}

	@Test
	void kpisInTheBottomQuartileAreNeeds() {
		// 13 rated peers: the worst of 13 has percentile 100 × 0 ÷ 12 = 0, the second
		// 100 × 1 ÷ 12 = 8.33 (bottom eighth: 6), the third 100 × 2 ÷ 12 = 16.67 (bottom
		// quarter: 5), the fourth 100 × 3 ÷ 12 = 25 (not below 25: no gap)
		List<RepPercentiles.MetricPercentile> scorecard = List.of(
				new RepPercentiles.MetricPercentile("SALES", true, new BigDecimal("25.00"), 13),
				new RepPercentiles.MetricPercentile("MARGIN_RATE", true, new BigDecimal("16.67"), 13),
				new RepPercentiles.MetricPercentile("PROSPECT_VISIT_SHARE", true, new BigDecimal("8.33"), 13),
				// undefined value: no percentile, no need
				new RepPercentiles.MetricPercentile("WIN_RATE", true, null, 13),
				// the evaluation module's own metric is not a KPI
				new RepPercentiles.MetricPercentile("DEVELOPMENT_ITEMS_DONE", false, BigDecimal.ZERO, 13));
		DiagnosisRules.Finding finding = new DiagnosisRules.Finding("LITTLE_PROSPECTING", "PROSPECTING", 0,
				Map.of("distinctProspects", 1L), false);
		List<TrainingRanking.Need> needs = new TrainingRanking()
			.selfTest(List.of(SelfTestScoring.score("CLOSING", 2, 1, null)))
			.findings(List.of(finding))
			.kpiGaps(2026, scorecard)
			.ranked();
		// PROSPECTING 6 (the finding) and PROSPECT_VISIT_SHARE 6 (bottom eighth) tie on
		// weight and reasons: the skill first; MARGIN_RATE 5; CLOSING 4 (priority 2 × 2)
		assertThat(needs).extracting(TrainingRanking.Need::topic)
			.containsExactly("PROSPECTING", "PROSPECT_VISIT_SHARE", "MARGIN_RATE", "CLOSING");
		assertThat(needs).extracting(TrainingRanking.Need::weight).containsExactly(6, 6, 5, 4);
		assertThat(needs).extracting(TrainingRanking.Need::kind).containsExactly("SKILL", "KPI", "KPI", "SKILL");
		TrainingRanking.Reason gap = needs.get(2).reasons().get(0);
		assertThat(gap.kind()).isEqualTo("KPI_GAP");
		assertThat(gap.code()).isEqualTo("MARGIN_RATE");
		assertThat(gap.arguments()).containsExactly("16.67", 13, "2026");
	}

	@Test
	void nothingToTrain() {
		assertThat(new TrainingRanking().selfTest(List.of(SelfTestScoring.score("CLOSING", 1, 1, 1)))
			.findings(List.of())
			.ranked()).isEmpty();
	}

}
