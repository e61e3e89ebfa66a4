package org.salesteam.coaching.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge checklist's rules by hand: done while the proof is valid, expired after;
 * open until due, overdue after; the top ⌈20 %⌉ and the overlap; readiness.
 */
class KnowledgeRulesTests {

	private static final LocalDate JOINED = LocalDate.of(2026, 1, 1);

	private static KnowledgeRules.Item item(Integer validDays) {
		return new KnowledgeRules.Item("PRICING", "PRODUCT", "报价", null, null, 45, "MANAGER_SIGNOFF", true, validDays);
	}

	@Test
	void statusFromProofValidityAndDueDay() {
		LocalDate proved = LocalDate.of(2026, 3, 1);
		// valid 30 days: through 2026-03-31, expired on 2026-04-01
		assertThat(KnowledgeRules.status(item(30), proved, JOINED, LocalDate.of(2026, 3, 31)))
			.isEqualTo(KnowledgeRules.Status.DONE);
		assertThat(KnowledgeRules.status(item(30), proved, JOINED, LocalDate.of(2026, 4, 1)))
			.isEqualTo(KnowledgeRules.Status.EXPIRED);
		assertThat(KnowledgeRules.status(item(null), proved, JOINED, LocalDate.of(2030, 1, 1)))
			.isEqualTo(KnowledgeRules.Status.DONE);
		// due 45 days after 2026-01-01: 2026-02-15 still open, 2026-02-16 overdue
		assertThat(KnowledgeRules.status(item(null), null, JOINED, LocalDate.of(2026, 2, 15)))
			.isEqualTo(KnowledgeRules.Status.OPEN);
		assertThat(KnowledgeRules.status(item(null), null, JOINED, LocalDate.of(2026, 2, 16)))
			.isEqualTo(KnowledgeRules.Status.OVERDUE);
	}

	@Test
	void theTopTwentyPercentAndTheOverlap() {
		// ⌈0.2 × 7⌉ = ⌈1.4⌉ = 2, ⌈0.2 × 10⌉ = 2, ⌈0.2 × 11⌉ = ⌈2.2⌉ = 3
		assertThat(KnowledgeRules.topCount(7)).isEqualTo(2);
		assertThat(KnowledgeRules.topCount(10)).isEqualTo(2);
		assertThat(KnowledgeRules.topCount(11)).isEqualTo(3);
		assertThat(KnowledgeRules.overlap(List.of(1L, 2L, 9L), List.of(1L, 2L))).isEqualByComparingTo("1");
		// 1 of 3 = 0.333333
		assertThat(KnowledgeRules.overlap(List.of(1L), List.of(1L, 2L, 3L))).isEqualByComparingTo("0.333333");
		assertThat(KnowledgeChecklist.readiness(7, 10)).isEqualByComparingTo("0.7");
		assertThat(KnowledgeChecklist.readiness(0, 0)).isNull();
	}

}
