package org.salesteam.scale.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Other databases (H2): rows are kept per table and inserted with JDBC batches of
 * {@link #CHUNK} rows, every table in {@link Table} order at the first boundary after
 * {@link #CHUNK} rows.
 */
class BatchSink implements RowSink {

	private static final int CHUNK = 2_000;

	private final Connection connection;

	private final List<List<Object[]>> buffers = new ArrayList<>();

	private final long[] counts = new long[Table.values().length];

	private int buffered;

	BatchSink(Connection connection) {
		this.connection = connection;
		for (int i = 0; i < Table.values().length; i++) {
			this.buffers.add(new ArrayList<>());
		}
	}

	@Override
	public void row(Table table, Object... values) {
		List<Object[]> buffer = this.buffers.get(table.ordinal());
		buffer.add(values);
		this.counts[table.ordinal()]++;
		this.buffered++;
	}

	@Override
	public void boundary() {
		if (this.buffered >= CHUNK) {
			flush();
		}
	}

	private void flush() {
		for (Table table : Table.values()) {
			List<Object[]> rows = this.buffers.get(table.ordinal());
			if (rows.isEmpty()) {
				continue;
			}
			String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
			String sql = "insert into " + table.table() + " (" + table.columnList() + ") values (" + marks + ")";
			try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
				for (Object[] row : rows) {
					for (int i = 0; i < row.length; i++) {
						bind(statement, i + 1, row[i]);
					}
					statement.addBatch();
				}
				statement.executeBatch();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Insert into " + table.table() + " failed", ex);
			}
			rows.clear();
		}
		this.buffered = 0;
	}

	private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NULL);
		}
		else if (value instanceof LocalDate date) {
			statement.setDate(index, Date.valueOf(date));
		}
		else if (value instanceof LocalDateTime time) {
			statement.setTimestamp(index, Timestamp.valueOf(time));
		}
		else if (value instanceof OffsetDateTime time) {
			statement.setObject(index, time);
		}
		else if (value instanceof BigDecimal number) {
			statement.setBigDecimal(index, number);
		}
		else {
			statement.setObject(index, value);
		}
	}

	@Override
	public void close() {
		flush();
	}

	@Override
	public long[] counts() {
		return this.counts.clone();
	}

}
