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
 * case, spaces or punctuation.
 */
final class Choices<E extends Enum<E>> {

	private final Map<String, E> byText = new LinkedHashMap<>();

	private final List<String> shown;

	Choices(Class<E> type, Function<E, String> messageKey, MessageSource messages, Map<String, E> synonyms) {
		for (E value : type.getEnumConstants()) {
			this.byText.put(CellText.normalizeLabel(value.name()), value);
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				String label = messages.getMessage(messageKey.apply(value), null, null, locale);
				if (label != null) {
					this.byText.putIfAbsent(CellText.normalizeLabel(label), value);
				}
			}
		}
		synonyms.forEach((text, value) -> this.byText.putIfAbsent(CellText.normalizeLabel(text), value));
		this.shown = List.of(type.getEnumConstants())
			.stream()
			.map((value) -> messages.getMessage(messageKey.apply(value), null, value.name(), Locale.SIMPLIFIED_CHINESE))
			.toList();
	}

	Optional<E> find(String text) {
		return Optional.ofNullable(this.byText.get(CellText.normalizeLabel(text)));
	}

	/** The accepted values for an error message. */
	String describe() {
		return this.shown.stream().collect(Collectors.joining(" / "));
	}

}
