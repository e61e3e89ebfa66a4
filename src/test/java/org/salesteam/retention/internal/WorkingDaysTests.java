package org.salesteam.retention.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two working days after a day, Monday to Friday (2026-12-07 is a Monday): Monday →
 * Wednesday; Thursday → Monday; Friday → Tuesday; Saturday and Sunday → Tuesday.
 */
class WorkingDaysTests {

	@Test
	void twoWorkingDaysSkipTheWeekend() {
		assertThat(WorkingDays.after(LocalDate.parse("2026-12-07"), 2)).isEqualTo("2026-12-09");
		assertThat(WorkingDays.after(LocalDate.parse("2026-12-10"), 2)).isEqualTo("2026-12-14");
		assertThat(WorkingDays.after(LocalDate.parse("2026-12-11"), 2)).isEqualTo("2026-12-15");
		assertThat(WorkingDays.after(LocalDate.parse("2026-12-12"), 2)).isEqualTo("2026-12-15");
		assertThat(WorkingDays.after(LocalDate.parse("2026-12-13"), 2)).isEqualTo("2026-12-15");
	}

	@Test
	void aDetractorIsAtMostSixOnNpsAndTwoOnCsat() {
		assertThat(SurveyKind.NPS.isDetractor(6)).isTrue();
		assertThat(SurveyKind.NPS.isDetractor(7)).isFalse();
		assertThat(SurveyKind.CSAT.isDetractor(2)).isTrue();
		assertThat(SurveyKind.CSAT.isDetractor(3)).isFalse();
		assertThat(SurveyKind.CSAT.accepts(0)).isFalse();
		assertThat(SurveyKind.NPS.accepts(0)).isTrue();
		assertThat(SurveyKind.NPS.accepts(11)).isFalse();
	}

}
