package org.salesteam.scale.internal;

/**
 * Where generated rows go. Rows of a table are written in the order given; a sink may
 * buffer, but writes parents (earlier {@link Table}s) before children. Values are
 * {@code null}, {@link String}, {@link Long}, {@link Integer}, {@link Boolean},
 * {@link java.math.BigDecimal}, {@link java.time.LocalDate},
 * {@link java.time.LocalDateTime} or {@link java.time.OffsetDateTime}.
 */
interface RowSink extends AutoCloseable {

	void row(Table table, Object... values);

	/**
	 * Every row given so far has its parents given too: the sink may write its buffers
	 * now (it never writes between two boundaries).
	 */
	void boundary();

	/** Writes what is buffered. */
	@Override
	void close();

	/** Rows written per table so far, in {@link Table} order. */
	long[] counts();

}
