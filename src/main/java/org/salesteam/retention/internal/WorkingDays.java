package org.salesteam.retention.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days Monday to Friday (the retention module's follow-up dates; public holidays
 * are the service module's concern and not applied here).
 */
final class WorkingDays {

	private WorkingDays() {
	}

	/** The day {@code days} working days after {@code from} (from itself not counted). */
	static LocalDate after(LocalDate from, int days) {
		LocalDate day = from;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return day;
	}

}
