package org.salesteam.evaluation.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salesteam.performance.KpiPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which periods have their flags stored (ADR 0044): whole calendar months, quarters and
 * years; and the nightly job's last closed month, quarter and year, worked by hand.
 */
class StoredFlagsRulesTests {

	private static KpiPeriod period(String from, String to) {
		return new KpiPeriod(LocalDate.parse(from), LocalDate.parse(to));
	}

	@Test
	void onlyWholeMonthsQuartersAndYearsAreCalendarPeriods() {
		assertThat(StoredFlags.calendar(period("2025-02-01", "2025-02-28"))).isTrue();
		assertThat(StoredFlags.calendar(period("2024-02-01", "2024-02-29"))).isTrue();
		assertThat(StoredFlags.calendar(period("2025-04-01", "2025-06-30"))).isTrue();
		assertThat(StoredFlags.calendar(period("2025-01-01", "2025-12-31"))).isTrue();
		// two months, a quarter not starting a quarter, a year less a day, a month from
		// its second day
		assertThat(StoredFlags.calendar(period("2025-01-01", "2025-02-28"))).isFalse();
		assertThat(StoredFlags.calendar(period("2025-02-01", "2025-04-30"))).isFalse();
		assertThat(StoredFlags.calendar(period("2025-01-01", "2025-12-30"))).isFalse();
		assertThat(StoredFlags.calendar(period("2025-03-02", "2025-03-31"))).isFalse();
	}

	@Test
	void theNightlyJobTakesTheLastClosedMonthQuarterAndYear() {
		assertThat(StoredFlagsJob.lastClosed(LocalDate.parse("2026-12-08"))).containsExactly(
				period("2026-11-01", "2026-11-30"), period("2026-07-01", "2026-09-30"),
				period("2025-01-01", "2025-12-31"));
		assertThat(StoredFlagsJob.lastClosed(LocalDate.parse("2027-01-01"))).containsExactly(
				period("2026-12-01", "2026-12-31"), period("2026-10-01", "2026-12-31"),
				period("2026-01-01", "2026-12-31"));
		assertThat(StoredFlagsJob.lastClosed(LocalDate.parse("2026-04-30"))).containsExactly(
				period("2026-03-01", "2026-03-31"), period("2026-01-01", "2026-03-31"),
				period("2025-01-01", "2025-12-31"));
	}

}
