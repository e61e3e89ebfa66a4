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

	/**
	 * The id of the territory or segment a row names in {@code field}, created when the
	 * job writes and an admin chose to create the missing ones. Otherwise an unknown one
	 * is noted in {@code missing} and is a problem of the row's column naming the value
	 * ({@code io.value.unknown.<field>}) — unless an admin lets the missing ones be
	 * created, when it stands as {@link #MISSING} while validating. Shared by every kind
	 * that names reference data, so a typo never creates master data (ADR 0023).
	 */
	Long resolve(RowValues v, String field, String text, ImportContext context, boolean write,
			java.util.Set<MissingReference> missing) {
		boolean createMissing = context.options().createMissing();
		Long id = id(text, write && createMissing);
		if (id == null || id != MISSING) {
			return id;
		}
		missing.add(new MissingReference(field, text.trim()));
		if (createMissing) {
			return id;
		}
		return v.reject(field, "io.value.unknown." + field, text);
	}

}
