package org.salesteam.customer.internal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salesteam.platform.BusinessRuleException;

/**
 * The pattern of automatic customer codes, e.g. {@code KH-{yyyy}-{seq:5}} →
 * {@code KH-2026-00042}. Placeholders: {@code {yyyy}}, {@code {yy}}, {@code {MM}},
 * {@code {dd}} (the registration date) and exactly one {@code {seq:n}} (the running
 * number, at least n digits, 1 ≤ n ≤ 9). The running number never restarts (a new year
 * does not reset it), so a code is never drawn twice. Literal text: letters, digits,
 * {@code . _ -} as in a hand-typed code; a code is at most 32 characters.
 */
record CodePattern(String text) {

	static final String DEFAULT = "KH-{yyyy}-{seq:5}";

	private static final Pattern SEQUENCE = Pattern.compile("\\{seq:([1-9])\\}");

	private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_.-]*");

	/** Checks the pattern; a problem is reported on the field {@code codePattern}. */
	static CodePattern of(String text) {
		String trimmed = (text != null) ? text.trim() : "";
		Matcher sequence = SEQUENCE.matcher(trimmed);
		int count = 0;
		while (sequence.find()) {
			count++;
		}
		String literal = SEQUENCE.matcher(trimmed).replaceAll("").replaceAll("\\{(yyyy|yy|MM|dd)\\}", "");
		if (count != 1 || !LITERAL.matcher(literal).matches()) {
			throw BusinessRuleException.onField("codePattern", "customer.settings.error.codePattern");
		}
		CodePattern pattern = new CodePattern(trimmed);
		if (pattern.format(LocalDate.of(2000, 1, 1), 1).length() > 32) {
			throw BusinessRuleException.onField("codePattern", "customer.settings.error.codePatternLength");
		}
		return pattern;
	}

	/** The code of running number {@code number} registered on {@code date}. */
	String format(LocalDate date, long number) {
		Matcher sequence = SEQUENCE.matcher(this.text);
		StringBuilder code = new StringBuilder();
		while (sequence.find()) {
			int digits = Integer.parseInt(sequence.group(1));
			sequence.appendReplacement(code, String.format("%0" + digits + "d", number));
		}
		sequence.appendTail(code);
		return code.toString()
			.replace("{yyyy}", String.format("%04d", date.getYear()))
			.replace("{yy}", String.format("%02d", date.getYear() % 100))
			.replace("{MM}", String.format("%02d", date.getMonthValue()))
			.replace("{dd}", String.format("%02d", date.getDayOfMonth()));
	}

}
