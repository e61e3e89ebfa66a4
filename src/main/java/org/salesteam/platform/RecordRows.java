package org.salesteam.platform;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps rows onto a record by column name ({@code order_number} or {@code ordernumber} for
 * the component {@code orderNumber}), resolving the columns once from the result set's
 * metadata and then reading by index. For large streamed reads (exports): Spring's
 * {@code DataClassRowMapper} looks every column up by name on every row and, on
 * PostgreSQL, pays a thrown {@link SQLException} for each camel-case component, which
 * held an order-line export to a few hundred rows per second. A component without a
 * matching column fails on the first row. Not thread-safe: one instance per query.
 */
public final class RecordRows<T extends Record> implements RowMapper<T> {

	private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

	private final Constructor<T> constructor;

	private final RecordComponent[] components;

	private int[] columns;

	private RecordRows(Class<T> type) {
		this.components = type.getRecordComponents();
		try {
			this.constructor = type.getDeclaredConstructor(
					Arrays.stream(this.components).map(RecordComponent::getType).toArray(Class<?>[]::new));
			this.constructor.setAccessible(true);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalArgumentException(type + " has no canonical constructor", ex);
		}
	}

	public static <T extends Record> RecordRows<T> of(Class<T> type) {
		return new RecordRows<>(type);
	}

	@Override
	public T mapRow(ResultSet rs, int rowNum) throws SQLException {
		if (this.columns == null) {
			this.columns = resolve(rs.getMetaData());
		}
		Object[] args = new Object[this.components.length];
		for (int i = 0; i < args.length; i++) {
			Class<?> type = this.components[i].getType();
			Object value = JdbcUtils.getResultSetValue(rs, this.columns[i], type.isEnum() ? String.class : type);
			args[i] = (value == null || type.isInstance(value) || type.isPrimitive()) ? value
					: CONVERSIONS.convert(value, type);
		}
		// as DataClassRowMapper: SQL null for a primitive component becomes its default
		return BeanUtils.instantiateClass(this.constructor, args);
	}

	private int[] resolve(ResultSetMetaData meta) throws SQLException {
		Map<String, Integer> byName = new HashMap<>();
		for (int i = meta.getColumnCount(); i >= 1; i--) {
			byName.put(JdbcUtils.lookupColumnName(meta, i).toLowerCase(Locale.ROOT).replace("_", ""), i);
		}
		int[] indexes = new int[this.components.length];
		for (int i = 0; i < indexes.length; i++) {
			Integer index = byName.get(this.components[i].getName().toLowerCase(Locale.ROOT));
			if (index == null) {
				throw new IllegalStateException("no column for " + this.components[i].getName() + " of "
						+ this.constructor.getDeclaringClass().getSimpleName());
			}
			indexes[i] = index;
		}
		return indexes;
	}

}
