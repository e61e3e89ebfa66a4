package org.salesteam.io.internal;

import java.util.Map;

/**
 * A data row of the file as the kind sees it: its line number and the cleaned text of the
 * mapped cells by target field (absent: unmapped or blank).
 */
record SourceRow(int line, Map<String, String> values) {

	String get(String field) {
		return this.values.get(field);
	}

}
