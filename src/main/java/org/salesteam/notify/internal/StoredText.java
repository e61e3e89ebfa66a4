package org.salesteam.notify.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A notice's text as stored: message key plus arguments joined by the unit separator
 * (U+001F, which no user text contains), translated when read. A robot or webhook reads
 * the key's {@code .channel} variant when the bundle has one: the same arguments, leaving
 * out what only the recipients may see (ADR 0042).
 */
record StoredText(String key, String args) {

	private static final String SEPARATOR = "\u001f";

	static String join(List<String> args) {
		return args.isEmpty() ? null : String.join(SEPARATOR,
				args.stream().map((a) -> (a == null) ? "" : a.replace(SEPARATOR, " ")).toList());
	}

	Object[] arguments() {
		return (this.args == null) ? new Object[0] : this.args.split(SEPARATOR, -1);
	}

	String in(MessageSource messages, Locale locale) {
		return messages.getMessage(this.key, arguments(), this.key, locale);
	}

	/**
	 * The text a team's robot or webhook receives: the {@code .channel} variant if any.
	 */
	String forChannel(MessageSource messages, Locale locale) {
		String variant = messages.getMessage(this.key + ".channel", arguments(), null, locale);
		return (variant != null) ? variant : in(messages, locale);
	}

}
