package org.salesteam.service.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service module's settings ({@code salesteam.service.*}): the working day, the
 * working days of the week, holidays, the time zone, and the deadlines for the first
 * response and the resolution by customer class, in working time — {@code 4h} is four
 * working hours, {@code 3d} three working days of {@link WorkingTime#minutesPerDay} each.
 *
 * @param warnAt the share of a deadline's working time after which it is a warning
 */
@ConfigurationProperties("salesteam.service")
public record ServiceSettings(LocalTime dayStart, LocalTime dayEnd, Set<DayOfWeek> workdays, List<LocalDate> holidays,
		String zone, Map<String, String> firstResponse, Map<String, String> resolution, Double warnAt) {

	public ServiceSettings {
		dayStart = (dayStart != null) ? dayStart : LocalTime.of(9, 0);
		dayEnd = (dayEnd != null) ? dayEnd : LocalTime.of(18, 0);
		workdays = (workdays != null && !workdays.isEmpty()) ? EnumSet.copyOf(workdays)
				: EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
		holidays = (holidays != null) ? List.copyOf(holidays) : List.of();
		zone = (zone != null) ? zone : "Asia/Shanghai";
		firstResponse = byClass(firstResponse, Map.of("A", "4h", "B", "8h", "C", "1d"));
		resolution = byClass(resolution, Map.of("A", "24h", "B", "3d", "C", "5d"));
		warnAt = (warnAt != null) ? warnAt : 0.75;
	}

	private static Map<String, String> byClass(Map<String, String> given, Map<String, String> defaults) {
		Map<String, String> all = new HashMap<>(defaults);
		if (given != null) {
			given.forEach((k, v) -> all.put(k.toUpperCase(Locale.ROOT), v));
		}
		return Map.copyOf(all);
	}

	public WorkingTime workingTime() {
		return new WorkingTime(this.dayStart, this.dayEnd, this.workdays, Set.copyOf(this.holidays),
				ZoneId.of(this.zone));
	}

	/** The first-response target of a class (null or unknown: C), in working minutes. */
	public long responseMinutes(String customerClass) {
		return minutes(this.firstResponse, customerClass);
	}

	/** The resolution target of a class (null or unknown: C), in working minutes. */
	public long resolutionMinutes(String customerClass) {
		return minutes(this.resolution, customerClass);
	}

	private long minutes(Map<String, String> spans, String customerClass) {
		String span = spans.getOrDefault((customerClass != null) ? customerClass : "C", spans.get("C"));
		String text = span.trim().toLowerCase(Locale.ROOT);
		long amount = Long.parseLong(text.substring(0, text.length() - 1).trim());
		return switch (text.charAt(text.length() - 1)) {
			case 'h' -> amount * 60;
			case 'd' -> amount * workingTime().minutesPerDay();
			case 'm' -> amount;
			default -> throw new IllegalArgumentException("a span is e.g. 4h, 3d or 90m: " + span);
		};
	}

	/** The defaults, for unit tests. */
	public static ServiceSettings defaults() {
		return new ServiceSettings(null, null, null, null, null, null, null, null);
	}

}
