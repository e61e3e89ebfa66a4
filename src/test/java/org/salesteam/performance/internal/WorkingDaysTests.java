package org.salesteam.performance.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salesteam.performance.KpiPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working days of {@code VISITS_PER_DAY}'s denominator, counted by hand: Monday to
 * Friday from the period's first day to its last or today, whichever is earlier.
 */
class WorkingDaysTests {

	private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

	private static long workingDays(String from, String to, LocalDate today) {
		return ActivityFigures.workingDays(new KpiPeriod(LocalDate.parse(from), LocalDate.parse(to)), today);
	}

	@Test
	void wholeWeeksAndTheirRest() {
		// 2026-12-01 is a Tuesday: Dec 1–28 are four weeks (20), Dec 29–31 Tue–Thu (3)
		assertThat(workingDays("2026-12-01", "2026-12-31", LATER)).isEqualTo(23);
		// 2025 starts on a Wednesday: 52 weeks (260) and Wednesday Dec 31
		assertThat(workingDays("2025-01-01", "2025-12-31", LATER)).isEqualTo(261);
		// a Saturday and Sunday alone; a Friday to the Monday after
		assertThat(workingDays("2026-12-05", "2026-12-06", LATER)).isZero();
		assertThat(workingDays("2026-12-04", "2026-12-07", LATER)).isEqualTo(2);
		// exactly one week from a Saturday
		assertThat(workingDays("2026-12-05", "2026-12-11", LATER)).isEqualTo(5);
	}

	@Test
	void daysAfterTodayHaveNotHappened() {
		LocalDate monday = LocalDate.of(2026, 12, 7);
		// Tue 1 to Fri 4, and Monday 7
		assertThat(workingDays("2026-12-01", "2026-12-31", monday)).isEqualTo(5);
		assertThat(workingDays("2027-01-01", "2027-01-31", monday)).isZero();
	}

}
