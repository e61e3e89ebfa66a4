package org.salesteam.platform.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.type.Type;

/**
 * Turns attribute values into the strings the trail stores: {@code null} stays
 * {@code null}, enums by name, dates and instants ISO-8601 ({@code toString()} of
 * java.time), decimals without exponent, references to other entities by id, collections
 * sorted (numbers numerically, the rest as text) and comma-joined, maps as sorted
 * {@code key=value} pairs. Values longer than the column are cut with an ellipsis.
 */
final class AuditValues {

	static final int MAX_LENGTH = 4000;

	private AuditValues() {
	}

	static String format(Object value, Type type, SharedSessionContractImplementor session) {
		if (value != null && type != null && type.isEntityType()) {
			return cut(String.valueOf(session.getFactory().getPersistenceUnitUtil().getIdentifier(value)));
		}
		return format(value);
	}

	static String format(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> collection) {
			return cut(sorted(collection));
		}
		if (value instanceof Map<?, ?> map) {
			List<String> pairs = new ArrayList<>();
			map.forEach((key, element) -> pairs.add(scalar(key) + "=" + scalar(element)));
			pairs.sort(Comparator.naturalOrder());
			return cut(String.join(",", pairs));
		}
		return cut(scalar(value));
	}

	private static String sorted(Collection<?> collection) {
		if (!collection.isEmpty() && collection.stream()
			.allMatch((element) -> element instanceof Long || element instanceof Integer || element instanceof Short
					|| element instanceof BigDecimal)) {
			return collection.stream()
				.map((element) -> new BigDecimal(element.toString()))
				.sorted()
				.map(BigDecimal::toPlainString)
				.collect(Collectors.joining(","));
		}
		return collection.stream().map(AuditValues::scalar).sorted().collect(Collectors.joining(","));
	}

	private static String scalar(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Locale locale) {
			return locale.toLanguageTag();
		}
		return value.toString();
	}

	static String cut(String value) {
		if (value == null || value.length() <= MAX_LENGTH) {
			return value;
		}
		return value.substring(0, MAX_LENGTH - 1) + "…";
	}

}
