package org.salesteam.customer.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The territories and market segments a customer can be placed in, for choices and
 * filters.
 */
@Component
public class ReferenceData {

	/** A territory or segment as a choice. */
	public record Choice(long id, String code, String name) {
	}

	private final JdbcClient jdbc;

	ReferenceData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Choice> territories() {
		return this.jdbc.sql("select id, code, name from territory where active = true order by code")
			.query(Choice.class)
			.list();
	}

	public List<Choice> segments() {
		return this.jdbc.sql("select id, code, name from market_segment where active = true order by code")
			.query(Choice.class)
			.list();
	}

	boolean territoryExists(long id) {
		return this.jdbc.sql("select count(*) from territory where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	boolean segmentExists(long id) {
		return this.jdbc.sql("select count(*) from market_segment where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

}
