package org.salesteam.io.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * The values of an enum as a file may write them: the constant's name, its label in
 * Chinese and in English (from the message bundles), and extra synonyms; compared without
 * case, spaces, punctuation, any kind of dash ({@code 50-199}, {@code 50–199},
 * {@code 50－199}) or, next to numbers, a unit of people ({@code 人}, {@code employees}),
 * so that a value written in either language is accepted in both. Allowed values are
 * listed in the reader's language: {@link #describe()} answers their message keys,
 * translated when the error is shown ({@link ImportErrors}).
 */
final class Choices<E extends Enum<E>> {

	private final Map<String, E> byText = new LinkedHashMap<>();

	/** The prefix of an error argument that lists message keys to translate when read. */
	static final String KEYS = "#keys:";

	private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[\\-‐‑‒–—―−~～－]");

	private static final java.util.regex.Pattern UNITS = java.util.regex.Pattern
		.compile("employees|employee|people|persons|staff|人");

	private final String shown;

	Choices(Class<E> type, Function<E, String> messageKey, MessageSource messages, Map<String, E> synonyms) {
		for (E value : type.getEnumConstants()) {
			this.byText.put(key(value.name()), value);
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				String label = messages.getMessage(messageKey.apply(value), null, null, locale);
				if (label != null) {
					this.byText.putIfAbsent(key(label), value);
				}
			}
		}
		synonyms.forEach((text, value) -> this.byText.putIfAbsent(key(text), value));
		this.shown = KEYS + List.of(type.getEnumConstants()).stream().map(messageKey).collect(Collectors.joining(","));
	}

	Optional<E> find(String text) {
		return Optional.ofNullable(this.byText.get(key(text)));
	}

	/**
	 * The accepted values for an error message: {@link #KEYS} and their message keys,
	 * listed in the reader's language when shown.
	 */
	String describe() {
		return this.shown;
	}

	static String key(String text) {
		if (text == null) {
			return "";
		}
		String value = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
		value = DASHES.matcher(value).replaceAll("-");
		String label = CellText.normalizeLabel(value);
		return label.chars().anyMatch(Character::isDigit) ? UNITS.matcher(label).replaceAll("") : label;
	}

}
