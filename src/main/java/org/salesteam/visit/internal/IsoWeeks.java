package org.salesteam.visit.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.salesteam.platform.NotFoundException;

/** ISO weeks as the API writes them, e.g. {@code 2026-W48} (Monday to Sunday). */
public final class IsoWeeks {

	private IsoWeeks() {
	}

	/**
	 * The Monday of the week; a text that is no ISO week is a week that does not exist
	 * (404).
	 */
	public static LocalDate monday(String isoWeek) {
		try {
			return LocalDate.parse(isoWeek.toUpperCase(Locale.ROOT) + "-1", DateTimeFormatter.ISO_WEEK_DATE);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new NotFoundException(VisitAccess.PLAN, isoWeek);
		}
	}

	public static String of(LocalDate day) {
		return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
				day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	public static LocalDate mondayOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
