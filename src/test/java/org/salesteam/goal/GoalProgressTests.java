package org.salesteam.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress worked out by hand on November 2026: it starts on a Sunday, so its working
 * days are 2–6, 9–13, 16–20, 23–27 and 30 = 21.
 */
class GoalProgressTests {

	private static final LocalDate FROM = LocalDate.of(2026, 11, 1);

	private static final LocalDate TO = LocalDate.of(2026, 11, 30);

	@Test
	void countsMondayToFriday() {
		assertThat(GoalProgress.workingDays(FROM, TO)).isEqualTo(21);
		assertThat(GoalProgress.workingDays(LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 8))).isZero();
	}

	@Test
	void attainedPaceAndForecastOnFridayThe13th() {
		// 10 working days elapsed (2–6, 9–13); 12,000 of 21,000
		GoalProgress p = GoalProgress.of(new BigDecimal("12000"), new BigDecimal("21000"), new BigDecimal("24000"),
				FROM, TO, LocalDate.of(2026, 11, 13), true);
		assertThat(p.elapsedDays()).isEqualTo(10);
		assertThat(p.workingDays()).isEqualTo(21);
		assertThat(p.attained()).isEqualByComparingTo("0.5714"); // 12000 / 21000 =
																	// 0.571428…
		assertThat(p.expected()).isEqualByComparingTo("0.4762"); // 10 / 21 = 0.476190…
		assertThat(p.pace()).isEqualByComparingTo("1.2000"); // 12000 / (21000 × 10/21) =
																// 12000 / 10000
		assertThat(p.paceStatus()).isEqualTo("AHEAD");
		assertThat(p.forecast()).isEqualByComparingTo("25200.00"); // 12000 / 10 × 21
		assertThat(p.forecastAttained()).isEqualByComparingTo("1.2000");
		assertThat(p.stretchAttained()).isEqualByComparingTo("0.5000");
	}

	@Test
	void behindPaceOnAWeekendCountsTheWeekSoFar() {
		// Sunday the 15th: still 10 working days; 7,000 of 21,000 → pace 7000 / 10000
		GoalProgress p = GoalProgress.of(new BigDecimal("7000"), new BigDecimal("21000"), null, FROM, TO,
				LocalDate.of(2026, 11, 15), true);
		assertThat(p.pace()).isEqualByComparingTo("0.7000");
		assertThat(p.paceStatus()).isEqualTo("BEHIND");
		assertThat(p.forecast()).isEqualByComparingTo("14700.00");
		assertThat(p.stretchAttained()).isNull();
	}

	@Test
	void beforeThePeriodNothingIsDueAndNothingForecast() {
		GoalProgress p = GoalProgress.of(BigDecimal.ZERO, new BigDecimal("21000"), null, FROM, TO,
				LocalDate.of(2026, 10, 20), true);
		assertThat(p.elapsedDays()).isZero();
		assertThat(p.expected()).isEqualByComparingTo("0");
		assertThat(p.pace()).isNull();
		assertThat(p.forecast()).isNull();
		assertThat(p.attained()).isEqualByComparingTo("0");
	}

	@Test
	void afterThePeriodTheForecastIsTheActual() {
		GoalProgress p = GoalProgress.of(new BigDecimal("18900"), new BigDecimal("21000"), null, FROM, TO,
				LocalDate.of(2027, 1, 5), true);
		assertThat(p.asOf()).isEqualTo(TO);
		assertThat(p.elapsedDays()).isEqualTo(21);
		assertThat(p.attained()).isEqualByComparingTo("0.9000");
		assertThat(p.pace()).isEqualByComparingTo("0.9000");
		assertThat(p.forecast()).isEqualByComparingTo("18900.00");
	}

	@Test
	void undefinedRatiosAreNullNeverZero() {
		GoalProgress zeroTarget = GoalProgress.of(new BigDecimal("5"), BigDecimal.ZERO, null, FROM, TO,
				LocalDate.of(2026, 11, 13), true);
		assertThat(zeroTarget.attained()).isNull();
		assertThat(zeroTarget.pace()).isNull();
		GoalProgress unmeasured = GoalProgress.of(null, new BigDecimal("40"), null, FROM, TO,
				LocalDate.of(2026, 11, 13), true);
		assertThat(unmeasured.measured()).isFalse();
		assertThat(unmeasured.attained()).isNull();
		assertThat(unmeasured.forecast()).isNull();
		assertThat(unmeasured.expected()).isEqualByComparingTo("0.4762");
	}

	@Test
	void aGrowthRateHasNoPaceAndForecastsItself() {
		GoalProgress p = GoalProgress.of(new BigDecimal("6.00"), new BigDecimal("12.00"), null, FROM, TO,
				LocalDate.of(2026, 11, 13), false);
		assertThat(p.attained()).isEqualByComparingTo("0.5000");
		assertThat(p.pace()).isNull();
		assertThat(p.forecast()).isEqualByComparingTo("6.00");
	}

	@Test
	void aCostCeilingIsMetAtOrBelowTheTargetAndHasNoPace() {
		// VISIT_COST: 80 per visit against at most 100, stretch 75 → attained 100 / 80
		GoalProgress below = GoalProgress.of(new BigDecimal("80.00"), new BigDecimal("100"), new BigDecimal("75"), FROM,
				TO, LocalDate.of(2026, 11, 13), GoalType.VISIT_COST.cumulative(), GoalType.VISIT_COST.lowerIsBetter());
		assertThat(below.lowerIsBetter()).isTrue();
		assertThat(below.targetMet()).isTrue();
		assertThat(below.attained()).isEqualByComparingTo("1.2500");
		assertThat(below.pace()).isNull();
		assertThat(below.paceStatus()).isNull();
		// the forecast of an average is the average so far: 100 / 80
		assertThat(below.forecast()).isEqualByComparingTo("80.00");
		assertThat(below.forecastAttained()).isEqualByComparingTo("1.2500");
		// stretch 75 / 80 = 0.9375: the stretch is not reached
		assertThat(below.stretchAttained()).isEqualByComparingTo("0.9375");
		// 125 per visit: 100 / 125 = 0.8, not met
		GoalProgress above = GoalProgress.of(new BigDecimal("125.00"), new BigDecimal("100"), null, FROM, TO,
				LocalDate.of(2026, 11, 13), false, true);
		assertThat(above.targetMet()).isFalse();
		assertThat(above.attained()).isEqualByComparingTo("0.8000");
		// exactly the ceiling is met
		assertThat(GoalProgress
			.of(new BigDecimal("100.00"), new BigDecimal("100"), null, FROM, TO, LocalDate.of(2026, 11, 13), false,
					true)
			.targetMet()).isTrue();
		// visits without any expense: met, but target ÷ 0 is undefined
		GoalProgress free = GoalProgress.of(BigDecimal.ZERO, new BigDecimal("100"), null, FROM, TO,
				LocalDate.of(2026, 11, 13), false, true);
		assertThat(free.targetMet()).isTrue();
		assertThat(free.attained()).isNull();
		// no visits yet: nothing measured, nothing met
		assertThat(GoalProgress.of(null, new BigDecimal("100"), null, FROM, TO, LocalDate.of(2026, 11, 13), false, true)
			.targetMet()).isNull();
	}

	@Test
	void onlyTheVisitCostIsACeilingAndASalesGoalIsMetAtOrAboveItsTarget() {
		assertThat(java.util.Arrays.stream(GoalType.values()).filter(GoalType::lowerIsBetter))
			.containsExactly(GoalType.VISIT_COST);
		GoalProgress sales = GoalProgress.of(new BigDecimal("21000"), new BigDecimal("21000"), null, FROM, TO,
				LocalDate.of(2026, 11, 13), true);
		assertThat(sales.lowerIsBetter()).isFalse();
		assertThat(sales.targetMet()).isTrue();
		assertThat(GoalProgress
			.of(new BigDecimal("20999"), new BigDecimal("21000"), null, FROM, TO, LocalDate.of(2026, 11, 13), true)
			.targetMet()).isFalse();
	}

}
