package org.salesteam.io.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;

/**
 * Suggests which column feeds which target field, from the headers: first every field's
 * label in Chinese and English, then its synonyms, each compared after
 * {@link CellText#normalizeLabel}. A column feeds at most one field; the leftmost of two
 * equal headers wins.
 */
final class HeaderMatcher {

	private HeaderMatcher() {
	}

	/** Target field → header, for the fields a header was found for. */
	static Map<String, String> suggest(String kind, List<ImportField> fields, List<String> headers,
			MessageSource messages) {
		Map<String, String> mapping = new LinkedHashMap<>();
		Set<Integer> taken = new HashSet<>();
		for (ImportField field : fields) {
			match(mapping, taken, field, labels(kind, field, messages), headers);
		}
		for (ImportField field : fields) {
			if (!mapping.containsKey(field.key())) {
				match(mapping, taken, field, field.synonyms(), headers);
			}
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		fields.stream()
			.filter((field) -> mapping.containsKey(field.key()))
			.forEach((field) -> ordered.put(field.key(), mapping.get(field.key())));
		return ordered;
	}

	static List<String> labels(String kind, ImportField field, MessageSource messages) {
		List<String> labels = new ArrayList<>();
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			labels.add(messages.getMessage(labelKey(kind, field), null, field.key(), locale));
		}
		labels.add(field.key());
		return labels;
	}

	static String labelKey(String kind, ImportField field) {
		return "io.field." + kind + "." + field.key();
	}

	private static void match(Map<String, String> mapping, Set<Integer> taken, ImportField field,
			List<String> candidates, List<String> headers) {
		for (String candidate : candidates) {
			String wanted = CellText.normalizeLabel(candidate);
			for (int i = 0; i < headers.size(); i++) {
				if (!taken.contains(i) && !wanted.isEmpty() && wanted.equals(CellText.normalizeLabel(headers.get(i)))) {
					mapping.put(field.key(), headers.get(i));
					taken.add(i);
					return;
				}
			}
		}
	}

}
