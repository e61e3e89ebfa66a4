package org.salesteam.coaching.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data diagnosis by hand: each habit rule at its bound, and the comparisons with the
 * peers' medians (distinct prospects, visit length, the big customers' share).
 */
class DiagnosisRulesTests {

	/** A rep with no shortcoming: four schedules, goals, reports, time use. */
	private static DiagnosisRules.Facts good(long id, int minutes, long distinctProspects, long bigVisits) {
		return new DiagnosisRules.Facts(id, 4, 30, 0, 5, 20, 0, 18, minutes, 100, 20, distinctProspects, bigVisits);
	}

	private static List<String> codes(DiagnosisRules.Facts rep, List<DiagnosisRules.Facts> peers) {
		return DiagnosisRules.diagnose(rep, peers).stream().map(DiagnosisRules.Finding::code).toList();
	}

	@Test
	void habitsAtTheirBounds() {
		// 3 of 4 weeks scheduled, 30 customers without a goal, 3 of 30 (10 %) without
		// potential, 2 of 20 visits (10 %) without a report, no time logged
		DiagnosisRules.Facts poor = new DiagnosisRules.Facts(1, 3, 30, 3, 0, 20, 2, 0, 60, 100, 20, 6, 30);
		assertThat(codes(poor, List.of())).containsExactly("NO_WEEKLY_SCHEDULE", "NO_CUSTOMER_GOALS",
				"UNCLASSIFIED_CUSTOMERS", "VISITS_WITHOUT_REPORTS", "NO_TIME_ANALYSIS");
		// 2 of 30 (6.7 %) without potential and 1 of 20 (5 %) without a report: below 10
		// %
		DiagnosisRules.Facts fine = new DiagnosisRules.Facts(1, 4, 30, 2, 1, 20, 1, 1, 60, 100, 20, 6, 30);
		assertThat(codes(fine, List.of())).isEmpty();
		DiagnosisRules.Finding schedule = DiagnosisRules.diagnose(poor, List.of()).get(0);
		assertThat(schedule.arguments()).containsExactly(3, 4);
		assertThat(schedule.surveyPercent()).isEqualTo(30);
		assertThat(schedule.skill()).isEqualTo("VISIT_PLANNING");
	}

	@Test
	void littleProspectingIsFewerDistinctProspectsThanHalfThePeersMedian() {
		// peers 6, 9, 7, 4 distinct prospects: median (6 + 7) / 2 = 6.5, half 3.25
		List<DiagnosisRules.Facts> peers = List.of(good(2, 70, 6, 30), good(3, 70, 9, 30), good(4, 70, 7, 30),
				good(5, 70, 4, 30));
		// one prospect called on 15 times: 1 < 3.25
		DiagnosisRules.Facts rep3 = new DiagnosisRules.Facts(9, 4, 30, 0, 5, 20, 0, 18, 70, 93, 15, 1, 30);
		List<DiagnosisRules.Finding> findings = DiagnosisRules.diagnose(rep3, peers);
		assertThat(findings).extracting(DiagnosisRules.Finding::code).containsExactly("LITTLE_PROSPECTING");
		assertThat(findings.get(0).arguments()).containsExactly(1L, 15L, "6.5");
		assertThat(findings.get(0).skill()).isEqualTo("PROSPECTING");
		// 4 ≥ 3.25: not flagged
		assertThat(codes(good(9, 70, 4, 30), peers)).isEmpty();
	}

	@Test
	void visitLengthOutsideTwoThirdsToThreeHalvesOfThePeersMedian() {
		// peers' medians 60, 75, 90: median 75; ⅔ × 75 = 50, 3⁄2 × 75 = 112.5
		List<DiagnosisRules.Facts> peers = List.of(good(2, 60, 6, 30), good(3, 75, 6, 30), good(4, 90, 6, 30));
		assertThat(codes(good(9, 49, 6, 30), peers)).containsExactly("VISIT_LENGTH_OFF");
		assertThat(codes(good(9, 50, 6, 30), peers)).isEmpty();
		assertThat(codes(good(9, 112, 6, 30), peers)).isEmpty();
		assertThat(codes(good(9, 113, 6, 30), peers)).containsExactly("VISIT_LENGTH_OFF");
		assertThat(DiagnosisRules.diagnose(good(9, 113, 6, 30), peers).get(0).arguments()).containsExactly(113,
				new java.math.BigDecimal("75"));
	}

	@Test
	void onlyBigCustomersIsEightyPercentAndHalfAgainThePeersShare() {
		// peers 30 %, 50 %, 60 % of 100 visits to their largest fifth: median 50 %, × 1.5
		// = 75 %
		List<DiagnosisRules.Facts> peers = List.of(good(2, 70, 6, 30), good(3, 70, 6, 50), good(4, 70, 6, 60));
		assertThat(codes(good(9, 70, 6, 80), peers)).containsExactly("ONLY_BIG_CUSTOMERS");
		assertThat(DiagnosisRules.diagnose(good(9, 70, 6, 80), peers).get(0).arguments()).containsExactly(80L, 100L,
				80L, 50L);
		assertThat(codes(good(9, 70, 6, 79), peers)).isEmpty();
		// peers at 60 %, 60 %: 80 % is not 1.5 × 60 % = 90 %
		assertThat(codes(good(9, 70, 6, 80), List.of(good(2, 70, 6, 60), good(3, 70, 6, 60)))).isEmpty();
	}

	@Test
	void medianOfOddAndEvenCounts() {
		assertThat(DiagnosisRules.median(List.of(3, 1, 2))).isEqualByComparingTo("2");
		assertThat(DiagnosisRules.median(List.of(4, 1, 2, 3))).isEqualByComparingTo("2.5");
		assertThat(DiagnosisRules.median(List.of())).isNull();
	}

}
