package org.salesteam.service.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working time (工作时间) for service deadlines: the working hours of a working day, the
 * working days of the week, holidays off, in one time zone. A pure calculator:
 * {@link #plus} finds when a number of working minutes from a moment is used up,
 * {@link #minutesBetween} counts the working minutes between two moments.
 */
public final class WorkingTime {

	private final LocalTime dayStart;

	private final LocalTime dayEnd;

	private final Set<DayOfWeek> workdays;

	private final Set<LocalDate> holidays;

	private final ZoneId zone;

	public WorkingTime(LocalTime dayStart, LocalTime dayEnd, Set<DayOfWeek> workdays, Set<LocalDate> holidays,
			ZoneId zone) {
		if (!dayEnd.isAfter(dayStart)) {
			throw new IllegalArgumentException("the working day must end after it starts");
		}
		this.dayStart = dayStart;
		this.dayEnd = dayEnd;
		this.workdays = workdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workdays);
		this.holidays = Set.copyOf(holidays);
		this.zone = zone;
		if (this.workdays.isEmpty()) {
			throw new IllegalArgumentException("at least one working day a week");
		}
	}

	/**
	 * The minutes of one working day, which is what a deadline of one day means.
	 */
	public long minutesPerDay() {
		return Duration.between(this.dayStart, this.dayEnd).toMinutes();
	}

	public boolean isWorkingDay(LocalDate day) {
		return this.workdays.contains(day.getDayOfWeek()) && !this.holidays.contains(day);
	}

	/** The moment when {@code minutes} working minutes from {@code from} are used up. */
	public Instant plus(Instant from, long minutes) {
		if (minutes <= 0) {
			return from;
		}
		ZonedDateTime at = from.atZone(this.zone);
		long left = minutes;
		while (true) {
			LocalDate day = at.toLocalDate();
			if (isWorkingDay(day) && at.toLocalTime().isBefore(this.dayEnd)) {
				ZonedDateTime start = at.toLocalTime().isBefore(this.dayStart)
						? day.atTime(this.dayStart).atZone(this.zone) : at;
				ZonedDateTime end = day.atTime(this.dayEnd).atZone(this.zone);
				long available = Duration.between(start, end).toMinutes();
				if (left <= available) {
					return start.plusMinutes(left).toInstant();
				}
				left -= available;
			}
			at = day.plusDays(1).atStartOfDay(this.zone);
		}
	}

	/**
	 * The working minutes between two moments (0 when {@code to} is not after
	 * {@code from}).
	 */
	public long minutesBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		ZonedDateTime start = from.atZone(this.zone);
		ZonedDateTime end = to.atZone(this.zone);
		long minutes = 0;
		for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			ZonedDateTime open = day.atTime(this.dayStart).atZone(this.zone);
			ZonedDateTime close = day.atTime(this.dayEnd).atZone(this.zone);
			ZonedDateTime a = start.isAfter(open) ? start : open;
			ZonedDateTime b = end.isBefore(close) ? end : close;
			if (b.isAfter(a)) {
				minutes += Duration.between(a, b).toMinutes();
			}
		}
		return minutes;
	}

}
