package org.salesteam.retention.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half year as the service audit names it, {@code 2026-H1} (January–June) or
 * {@code 2026-H2} (July–December).
 */
public record AuditHalf(int year, int number) {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})-H([12])");

	/** The half of {@code text}, or null when it is not of the form {@code 2026-H2}. */
	public static AuditHalf parse(String text) {
		Matcher matcher = (text != null) ? TEXT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT)) : null;
		if (matcher == null || !matcher.matches()) {
			return null;
		}
		return new AuditHalf(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	public static AuditHalf of(LocalDate day) {
		return new AuditHalf(day.getYear(), (day.getMonthValue() <= 6) ? 1 : 2);
	}

	public LocalDate from() {
		return LocalDate.of(this.year, (this.number == 1) ? 1 : 7, 1);
	}

	public LocalDate to() {
		return (this.number == 1) ? LocalDate.of(this.year, 6, 30) : LocalDate.of(this.year, 12, 31);
	}

	public AuditHalf previous() {
		return (this.number == 2) ? new AuditHalf(this.year, 1) : new AuditHalf(this.year - 1, 2);
	}

	@Override
	public String toString() {
		return this.year + "-H" + this.number;
	}

}
