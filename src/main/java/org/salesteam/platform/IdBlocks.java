package org.salesteam.platform;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids from {@code app_seq} for bulk inserts, handed out the way Hibernate's pooled
 * optimiser does (a sequence value {@code v} covers {@code v-49 … v}), so that rows
 * written by SQL and by JPA never share an id. Not thread-safe: one instance per bulk
 * write.
 */
public class IdBlocks {

	private static final int BLOCK = 50;

	private final JdbcTemplate jdbc;

	private long next;

	private long last = -1;

	public IdBlocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long next() {
		if (this.next > this.last) {
			Long high = this.jdbc.queryForObject("select nextval('app_seq')", Long.class);
			this.last = high;
			this.next = high - BLOCK + 1;
		}
		return this.next++;
	}

}
