package org.salesteam.retention.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.retention.RetentionState;

import static org.assertj.core.api.Assertions.assertThat;

/** The defection clock's contract, worked by hand (days counted on a calendar). */
class DefectionClockTests {

	private static LocalDate d(String text) {
		return LocalDate.parse(text);
	}

	@Test
	void anOddNumberOfGapsTakesTheMiddleOne() {
		// gaps 10 (3-1 → 3-11), 30 (→ 4-10), 20 (→ 4-30): sorted 10, 20, 30 → T = 20
		List<LocalDate> days = List.of(d("2026-03-01"), d("2026-03-11"), d("2026-04-10"), d("2026-04-30"));
		DefectionClock.Reading active = DefectionClock.read(d("2026-05-25"), days, d("2026-04-30"), 180, false);
		assertThat(active.typicalIntervalDays()).isEqualByComparingTo("20");
		assertThat(active.intervalSource()).isEqualTo(DefectionClock.IntervalSource.HISTORY);
		assertThat(active.orderDays()).isEqualTo(4);
		assertThat(active.daysSinceLastOrder()).isEqualTo(25);
		assertThat(active.state()).isEqualTo(RetentionState.ACTIVE);
		// D = 30 = 1.5 T is still active, 31 is overdue
		assertThat(DefectionClock.read(d("2026-05-30"), days, d("2026-04-30"), 180, false).state())
			.isEqualTo(RetentionState.ACTIVE);
		assertThat(DefectionClock.read(d("2026-05-31"), days, d("2026-04-30"), 180, false).state())
			.isEqualTo(RetentionState.OVERDUE);
		// D = 60 = 3 T is overdue, 61 suggests dormant
		assertThat(DefectionClock.read(d("2026-06-29"), days, d("2026-04-30"), 180, false).state())
			.isEqualTo(RetentionState.OVERDUE);
		assertThat(DefectionClock.read(d("2026-06-30"), days, d("2026-04-30"), 180, false).state())
			.isEqualTo(RetentionState.DORMANT_SUGGESTED);
	}

	@Test
	void anEvenNumberOfGapsTakesTheMeanOfTheTwoMiddleOnes() {
		// gaps 10, 20, 25 (1-31 → 2-25), 45 (2-25 → 4-11): middle 20 and 25 → T = 22.5
		List<LocalDate> days = List.of(d("2026-01-01"), d("2026-01-11"), d("2026-01-31"), d("2026-02-25"),
				d("2026-04-11"));
		// D = 33 ≤ 33.75 = 1.5 T
		DefectionClock.Reading active = DefectionClock.read(d("2026-05-14"), days, d("2026-04-11"), 180, false);
		assertThat(active.typicalIntervalDays()).isEqualByComparingTo("22.5");
		assertThat(active.daysSinceLastOrder()).isEqualTo(33);
		assertThat(active.state()).isEqualTo(RetentionState.ACTIVE);
		// D = 34 > 33.75
		assertThat(DefectionClock.read(d("2026-05-15"), days, d("2026-04-11"), 180, false).state())
			.isEqualTo(RetentionState.OVERDUE);
		assertThat(DefectionClock.median(List.of(30L, 10L, 20L, 40L))).isEqualByComparingTo("25");
		assertThat(DefectionClock.median(List.of(30L, 10L, 20L, 40L)).scale()).isZero();
	}

	@Test
	void fewerThanThreeOrderDaysUseTheClassDefault() {
		List<LocalDate> days = List.of(d("2026-01-10"), d("2026-02-09"));
		// D from 2-9 to 6-1: 20 + 31 + 30 + 31 = 112
		DefectionClock.Reading classB = DefectionClock.read(d("2026-06-01"), days, d("2026-02-09"), 90, false);
		assertThat(classB.intervalSource()).isEqualTo(DefectionClock.IntervalSource.CLASS_DEFAULT);
		assertThat(classB.typicalIntervalDays()).isEqualByComparingTo("90");
		assertThat(classB.daysSinceLastOrder()).isEqualTo(112);
		assertThat(classB.state()).isEqualTo(RetentionState.ACTIVE);
		// class A: 90 < 112 ≤ 180
		assertThat(DefectionClock.read(d("2026-06-01"), days, d("2026-02-09"), 60, false).state())
			.isEqualTo(RetentionState.OVERDUE);
		assertThat(RetentionSettings.defaults().classDefault(null)).isEqualTo(180);
		assertThat(RetentionSettings.defaults().classDefault("A")).isEqualTo(60);
		assertThat(RetentionSettings.defaults().classDefault("B")).isEqualTo(90);
	}

	@Test
	void moreThanAYearWithoutAnOrderSuggestsDormantWhateverTheInterval() {
		// class C: T = 180, 1.5 T = 270, 3 T = 540; D = 366 > 365
		DefectionClock.Reading reading = DefectionClock.read(d("2026-06-30"), List.of(d("2025-06-29")), d("2025-06-29"),
				180, false);
		assertThat(reading.orderDays()).isEqualTo(1);
		assertThat(reading.daysSinceLastOrder()).isEqualTo(366);
		assertThat(reading.state()).isEqualTo(RetentionState.DORMANT_SUGGESTED);
		assertThat(DefectionClock.state(365, BigDecimal.valueOf(180))).isEqualTo(RetentionState.OVERDUE);
	}

	@Test
	void ordersAfterTheAsOfDateAndBeforeTheWindowAreIgnored() {
		// 2024-02-14 is exactly 730 days before 2026-02-13 (not counted); 5-1 is after it
		List<LocalDate> days = List.of(d("2024-02-14"), d("2026-01-01"), d("2026-01-11"), d("2026-01-21"),
				d("2026-05-01"));
		DefectionClock.Reading reading = DefectionClock.read(d("2026-02-13"), days, d("2026-01-21"), 180, false);
		assertThat(reading.orderDays()).isEqualTo(3);
		assertThat(reading.typicalIntervalDays()).isEqualByComparingTo("10");
		assertThat(reading.daysSinceLastOrder()).isEqualTo(23);
		assertThat(reading.state()).isEqualTo(RetentionState.OVERDUE);
	}

	@Test
	void withoutOrdersAProspectAndLostOnlyWhenConfirmed() {
		assertThat(DefectionClock.read(d("2026-06-30"), List.of(), null, 180, false).state())
			.isEqualTo(RetentionState.PROSPECT);
		assertThat(DefectionClock.read(d("2026-06-30"), List.of(d("2026-06-01")), d("2026-06-01"), 180, true).state())
			.isEqualTo(RetentionState.LOST);
	}

	@Test
	void theRiskIsTheSumOfTheReasonsAtMostAHundred() {
		RetentionSettings settings = RetentionSettings.defaults();
		RiskScore.Score overdueAndFewer = RiskScore.of(RetentionState.OVERDUE,
				java.util.Set.of(RiskReason.FEWER_ORDERS), settings);
		assertThat(overdueAndFewer.risk()).isEqualTo(50);
		assertThat(overdueAndFewer.band()).isEqualTo("HIGH");
		assertThat(overdueAndFewer.health()).isEqualTo(50);
		RiskScore.Score lowerSales = RiskScore.of(RetentionState.ACTIVE,
				java.util.Set.of(RiskReason.LOWER_SALES, RiskReason.RECEIVABLE_OVERDUE), settings);
		assertThat(lowerSales.risk()).isEqualTo(30);
		assertThat(lowerSales.band()).isEqualTo("MEDIUM");
		assertThat(lowerSales.reasons()).containsExactly(RiskReason.LOWER_SALES, RiskReason.RECEIVABLE_OVERDUE);
		RiskScore.Score all = RiskScore.of(RetentionState.DORMANT_SUGGESTED, java.util.EnumSet.allOf(RiskReason.class),
				settings);
		// 30 + 20 + 20 + 10 + 10 + 10 + 10 = 110, capped at 100
		assertThat(all.risk()).isEqualTo(100);
		assertThat(all.health()).isZero();
		assertThat(RiskScore.of(RetentionState.ACTIVE, java.util.Set.of(RiskReason.FEWER_CATEGORIES), settings).band())
			.isEqualTo("LOW");
	}

}
