package org.salesteam.io.internal;

import java.util.List;

/**
 * A target field of an {@link ImportKind}.
 *
 * @param key the mapping key, e.g. {@code code}
 * @param required whether a row without it is rejected (and a mapping without it refused)
 * @param synonyms headers that suggest this field besides its labels in both languages,
 * most specific first
 */
record ImportField(String key, boolean required, List<String> synonyms) {

	static ImportField required(String key, String... synonyms) {
		return new ImportField(key, true, List.of(synonyms));
	}

	static ImportField optional(String key, String... synonyms) {
		return new ImportField(key, false, List.of(synonyms));
	}

}
