package org.salesteam.performance;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The handbook's previous-period rule and the same period last year. */
class KpiPeriodTests {

	private static KpiPeriod period(String from, String to) {
		return new KpiPeriod(LocalDate.parse(from), LocalDate.parse(to));
	}

	private static KpiPeriod toDate(String start, int months, String today) {
		return KpiPeriod.toDate(LocalDate.parse(start), months, LocalDate.parse(today));
	}

	@Test
	void thisYearToDateComparesWithLastYearToTheSameDayInOneColumn() {
		KpiPeriod year = toDate("2026-01-01", 12, "2026-12-07");
		assertThat(year).extracting(KpiPeriod::from, KpiPeriod::to)
			.containsExactly(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-07"));
		assertThat(year.previous()).isEqualTo(period("2025-01-01", "2025-12-07"));
		assertThat(year.lastYear()).isEqualTo(period("2025-01-01", "2025-12-07"));
		assertThat(year.previousIsLastYear()).isTrue();
		assertThat(year.whole()).isEqualTo(period("2026-01-01", "2026-12-31"));
		assertThat(toDate("2024-01-01", 12, "2024-12-07").previous()).isEqualTo(period("2023-01-01", "2023-12-07"));
	}

	@Test
	void thisQuarterToDateComparesWithThePreviousQuartersSameNumberOfDays() {
		KpiPeriod quarter = toDate("2026-10-01", 3, "2026-12-07");
		assertThat(quarter.days()).isEqualTo(68);
		assertThat(quarter.previous()).isEqualTo(period("2026-07-01", "2026-09-06"));
		assertThat(quarter.lastYear()).isEqualTo(period("2025-10-01", "2025-12-07"));
		assertThat(quarter.previousIsLastYear()).isFalse();
		assertThat(quarter.whole()).isEqualTo(period("2026-10-01", "2026-12-31"));
	}

	@Test
	void thisMonthToDateComparesWithTheSameDaysOfTheMonthBeforeCutAtItsEnd() {
		assertThat(toDate("2026-12-01", 1, "2026-12-07").previous()).isEqualTo(period("2026-11-01", "2026-11-07"));
		assertThat(toDate("2026-03-01", 1, "2026-03-31").previous()).isEqualTo(period("2026-02-01", "2026-02-28"));
		assertThat(toDate("2026-12-01", 1, "2026-12-07").lastYear()).isEqualTo(period("2025-12-01", "2025-12-07"));
	}

	@Test
	void aPeriodToDateNeverRunsPastItsCalendarPeriod() {
		assertThat(toDate("2026-10-01", 3, "2027-02-01").to()).isEqualTo(LocalDate.parse("2026-12-31"));
	}

	@Test
	void aMonthComparesWithTheMonthBefore() {
		assertThat(period("2024-03-01", "2024-03-31").previous()).isEqualTo(period("2024-02-01", "2024-02-29"));
		assertThat(period("2024-01-01", "2024-01-31").previous()).isEqualTo(period("2023-12-01", "2023-12-31"));
	}

	@Test
	void aQuarterComparesWithTheQuarterBefore() {
		assertThat(period("2024-04-01", "2024-06-30").previous()).isEqualTo(period("2024-01-01", "2024-03-31"));
		assertThat(period("2024-01-01", "2024-03-31").previous()).isEqualTo(period("2023-10-01", "2023-12-31"));
	}

	@Test
	void aYearComparesWithTheYearBefore() {
		assertThat(period("2024-01-01", "2024-12-31").previous()).isEqualTo(period("2023-01-01", "2023-12-31"));
	}

	@Test
	void twoWholeMonthsMoveBackTwoMonths() {
		assertThat(period("2024-02-01", "2024-03-31").previous()).isEqualTo(period("2023-12-01", "2024-01-31"));
	}

	@Test
	void anyOtherRangeMovesBackByItsNumberOfDays() {
		// 11 days
		assertThat(period("2024-03-10", "2024-03-20").previous()).isEqualTo(period("2024-02-28", "2024-03-09"));
		// a month's days but not starting on the first: 31 days back
		assertThat(period("2024-03-02", "2024-04-01").previous()).isEqualTo(period("2024-01-31", "2024-03-01"));
		// one day
		assertThat(period("2024-03-01", "2024-03-01").previous()).isEqualTo(period("2024-02-29", "2024-02-29"));
		// a month's first half
		assertThat(period("2024-03-01", "2024-03-15").previous()).isEqualTo(period("2024-02-15", "2024-02-29"));
	}

	@Test
	void theSamePeriodLastYearKeepsWholeMonthsWhole() {
		assertThat(period("2024-02-01", "2024-02-29").lastYear()).isEqualTo(period("2023-02-01", "2023-02-28"));
		assertThat(period("2023-02-01", "2023-02-28").lastYear()).isEqualTo(period("2022-02-01", "2022-02-28"));
		assertThat(period("2024-03-05", "2024-03-09").lastYear()).isEqualTo(period("2023-03-05", "2023-03-09"));
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatThrownBy(() -> period("2024-03-02", "2024-03-01")).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void scopesReadAndWriteTheApiForm() {
		assertThat(KpiScope.parse("company")).isEqualTo(KpiScope.company());
		assertThat(KpiScope.parse("team:42")).isEqualTo(KpiScope.team(42));
		assertThat(KpiScope.parse("territory:SH").format()).isEqualTo("territory:SH");
		assertThat(KpiScope.parse("rep:rep1")).isEqualTo(KpiScope.rep("rep1"));
		assertThatThrownBy(() -> KpiScope.parse("team:abc")).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> KpiScope.parse("rep:")).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> KpiScope.parse("planet:x")).isInstanceOf(BusinessRuleException.class);
	}

}
