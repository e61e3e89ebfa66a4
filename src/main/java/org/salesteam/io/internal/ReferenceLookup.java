package org.salesteam.io.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Territories or segments by the text of a file, cached per job. When validating only, a
 * missing one is not created and stands as {@link #MISSING}, which equals no stored id.
 */
final class ReferenceLookup {

	static final long MISSING = -1L;

	private final Function<String, Optional<Long>> find;

	private final ToLongFunction<String> findOrCreate;

	private final Map<String, Long> known = new HashMap<>();

	ReferenceLookup(Function<String, Optional<Long>> find, ToLongFunction<String> findOrCreate) {
		this.find = find;
		this.findOrCreate = findOrCreate;
	}

	Long id(String text, boolean create) {
		if (text == null) {
			return null;
		}
		String key = text.trim().toUpperCase(Locale.ROOT);
		Long id = this.known.get(key);
		if (id != null && (id != MISSING || !create)) {
			return id;
		}
		id = create ? this.findOrCreate.applyAsLong(text) : this.find.apply(text).orElse(MISSING);
		this.known.put(key, id);
		return id;
	}

}
