package org.salesteam.scale.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL: rows become CSV text in one buffer per table; when the buffers reach
 * {@link #CHUNK} characters together at a boundary, each is sent with
 * {@code COPY … FROM STDIN} in {@link Table} order. Memory stays bounded whatever the
 * scale.
 */
class CopySink implements RowSink {

	private static final int CHUNK = 8 * 1024 * 1024;

	private final CopyManager copy;

	private final StringBuilder[] buffers = new StringBuilder[Table.values().length];

	private final long[] counts = new long[Table.values().length];

	private int buffered;

	CopySink(Connection connection) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
		for (int i = 0; i < this.buffers.length; i++) {
			this.buffers[i] = new StringBuilder();
		}
	}

	@Override
	public void row(Table table, Object... values) {
		StringBuilder out = this.buffers[table.ordinal()];
		int before = out.length();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			append(out, values[i]);
		}
		out.append('\n');
		this.counts[table.ordinal()]++;
		this.buffered += out.length() - before;
	}

	@Override
	public void boundary() {
		if (this.buffered >= CHUNK) {
			flush();
		}
	}

	private static void append(StringBuilder out, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof String text) {
			out.append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"') {
					out.append('"');
				}
				out.append(c);
			}
			out.append('"');
		}
		else if (value instanceof BigDecimal number) {
			out.append(number.toPlainString());
		}
		else {
			out.append(value);
		}
	}

	private void flush() {
		for (Table table : Table.values()) {
			StringBuilder buffer = this.buffers[table.ordinal()];
			if (buffer.isEmpty()) {
				continue;
			}
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			buffer.setLength(0);
			try {
				this.copy.copyIn("COPY " + table.table() + " (" + table.columnList() + ") FROM STDIN (FORMAT csv)",
						new ByteArrayInputStream(bytes));
			}
			catch (SQLException | IOException ex) {
				throw new IllegalStateException("COPY into " + table.table() + " failed", ex);
			}
		}
		this.buffered = 0;
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
