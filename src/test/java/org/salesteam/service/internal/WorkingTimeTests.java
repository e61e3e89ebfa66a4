package org.salesteam.service.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salesteam.service.ServiceRequestType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working time and service deadlines, worked by hand: 09:00–18:00 (540 minutes a day),
 * Monday to Friday, Thursday 2026-10-01 a holiday; 2026-09-28 is a Monday.
 */
class WorkingTimeTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final WorkingTime time = new WorkingTime(LocalTime.of(9, 0), LocalTime.of(18, 0),
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.parse("2026-10-01")), SHANGHAI);

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

	@Test
	void addingWorkingMinutesSkipsNightsWeekendsAndHolidays() {
		// Monday 16:00 + 4 h: 2 h on Monday, 2 h on Tuesday
		assertThat(this.time.plus(at("2026-09-28T16:00"), 240)).isEqualTo(at("2026-09-29T11:00"));
		// Friday 17:00 + 8 h: 1 h on Friday, 7 h on Monday
		assertThat(this.time.plus(at("2026-09-25T17:00"), 480)).isEqualTo(at("2026-09-28T16:00"));
		// Wednesday 17:00 + 1 working day (540 min): 1 h Wednesday, Thursday off, 8 h
		// Friday
		assertThat(this.time.plus(at("2026-09-30T17:00"), 540)).isEqualTo(at("2026-10-02T17:00"));
		// before the day starts and on a Saturday the clock starts at the next opening
		assertThat(this.time.plus(at("2026-09-28T07:00"), 60)).isEqualTo(at("2026-09-28T10:00"));
		assertThat(this.time.plus(at("2026-10-03T10:00"), 60)).isEqualTo(at("2026-10-05T10:00"));
		// exactly up to the end of the day
		assertThat(this.time.plus(at("2026-09-28T09:00"), 540)).isEqualTo(at("2026-09-28T18:00"));
	}

	@Test
	void countingWorkingMinutesBetweenTwoMoments() {
		assertThat(this.time.minutesBetween(at("2026-09-28T16:00"), at("2026-09-29T11:00"))).isEqualTo(240);
		assertThat(this.time.minutesBetween(at("2026-09-25T17:00"), at("2026-09-28T16:00"))).isEqualTo(480);
		// Wednesday 17:00 to Friday 10:00: 60 + 0 (holiday) + 60
		assertThat(this.time.minutesBetween(at("2026-09-30T17:00"), at("2026-10-02T10:00"))).isEqualTo(120);
		assertThat(this.time.minutesBetween(at("2026-09-29T11:00"), at("2026-09-28T16:00"))).isZero();
	}

	@Test
	void theDefaultDeadlinesByClassInWorkingMinutes() {
		ServiceSettings settings = ServiceSettings.defaults();
		assertThat(settings.responseMinutes("A")).isEqualTo(240);
		assertThat(settings.resolutionMinutes("A")).isEqualTo(1440);
		assertThat(settings.responseMinutes("B")).isEqualTo(480);
		assertThat(settings.resolutionMinutes("B")).isEqualTo(3 * 540);
		assertThat(settings.responseMinutes("C")).isEqualTo(540);
		assertThat(settings.resolutionMinutes("C")).isEqualTo(5 * 540);
		assertThat(settings.resolutionMinutes(null)).isEqualTo(5 * 540);
	}

	@Test
	void waitingForTheCustomerMovesTheDeadlinesByTheWorkingTimeWaited() {
		// class A, opened Monday 10:00: response due 14:00; resolution 1440 min = Monday
		// 480 + Tuesday 540 +
		// Wednesday 420 → Wednesday 16:00
		ServiceRequest request = new ServiceRequest(1, null, ServiceRequestType.COMPLAINT, "HIGH", "印刷偏色", null, "A",
				at("2026-09-28T10:00"), 7, 240, 1440, this.time);
		assertThat(request.getResponseDueAt()).isEqualTo(at("2026-09-28T14:00"));
		assertThat(request.getResolutionDueAt()).isEqualTo(at("2026-09-30T16:00"));
		// at 13:15 the response has used 195 of 240 minutes: 81 % ≥ 75 %
		assertThat(request.sla(at("2026-09-28T13:15"), this.time, 0.75)).isEqualTo(ServiceRequest.Sla.WARNING);
		// asking the customer at Monday 11:00 is the first response and stops the clock
		// until Tuesday 11:00:
		// 420 + 120 = 540 minutes waited
		request.waitForCustomer(at("2026-09-28T11:00"));
		assertThat(request.getFirstResponseAt()).isEqualTo(at("2026-09-28T11:00"));
		assertThat(request.sla(at("2026-09-29T10:00"), this.time, 0.75)).isEqualTo(ServiceRequest.Sla.ON_TRACK);
		request.resume(at("2026-09-29T11:00"), this.time);
		assertThat(request.getPausedMinutes()).isEqualTo(540);
		// 1440 + 540 = 1980: Monday 480, Tuesday 540, Wednesday 540, Thursday off, Friday
		// 420 → Friday 16:00
		assertThat(request.getResolutionDueAt()).isEqualTo(at("2026-10-02T16:00"));
		// Wednesday 17:00: 480 + 540 + 480 − 540 = 960 used of 1440 (67 %)
		assertThat(request.sla(at("2026-09-30T17:00"), this.time, 0.75)).isEqualTo(ServiceRequest.Sla.ON_TRACK);
		// Friday 11:00: 480 + 540 + 540 + 120 − 540 = 1140 (79 %)
		assertThat(request.sla(at("2026-10-02T11:00"), this.time, 0.75)).isEqualTo(ServiceRequest.Sla.WARNING);
		// Friday 16:30: 1470 > 1440
		assertThat(request.sla(at("2026-10-02T16:30"), this.time, 0.75)).isEqualTo(ServiceRequest.Sla.BREACHED);
		request.close(at("2026-10-02T15:00"), 7, "墨量设定错误", "开机前加一道色样签字", this.time);
		assertThat(request.getResolvedInTime()).isTrue();
		assertThat(request.sla(at("2026-10-09T15:00"), this.time, 0.75)).isEqualTo(ServiceRequest.Sla.MET);
	}

	@Test
	void closedAfterTheDeadlineIsMissed() {
		// class C, opened Friday 17:00: resolution 5 × 540 = 2700 min → 60 (Fri) + 540 ×
		// 4 (Mon–Wed, Fri) + 480 →
		// Thursday is a holiday, so Monday 10-05 17:00
		ServiceRequest request = new ServiceRequest(1, null, ServiceRequestType.DELIVERY, "NORMAL", "晚到两天", null, "C",
				at("2026-09-25T17:00"), 7, 540, 2700, this.time);
		assertThat(request.getResolutionDueAt()).isEqualTo(at("2026-10-05T17:00"));
		request.close(at("2026-10-05T17:30"), 7, "物流排车失误", "改用固定承运商", this.time);
		assertThat(request.getResolvedInTime()).isFalse();
		assertThat(request.sla(at("2026-10-06T09:00"), this.time, 0.75)).isEqualTo(ServiceRequest.Sla.MISSED);
	}

}
