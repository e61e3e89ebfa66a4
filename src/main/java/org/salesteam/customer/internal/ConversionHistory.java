package org.salesteam.customer.internal;

import java.util.List;

import org.salesteam.customer.ProspectConverted;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code prospect_conversion}, the history of prospects converted into customers,
 * in the transaction that converts them: one row per {@link ProspectConverted}; a
 * withdrawn first order that turns the customer back into a prospect removes it. Other
 * modules count conversions per rep and period from this table.
 */
@Component
class ConversionHistory {

	private static final String INSERT = """
			insert into prospect_conversion (id, customer_id, rep_id, converted_on, qualified, created_at)
			values (nextval('app_seq'), ?, ?, ?, ?, current_timestamp)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ConversionHistory(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	@EventListener
	void on(ProspectConverted event) {
		this.jdbc.sql(INSERT)
			.params(event.customerId(), event.repId(), event.convertedOn(), event.qualified())
			.update();
	}

	/**
	 * The conversions of a bulk write (which publishes no event per customer), in one
	 * batch.
	 */
	void recordAll(List<ProspectConverted> conversions) {
		if (!conversions.isEmpty()) {
			this.batches.batchUpdate(INSERT,
					conversions.stream()
						.map((c) -> new Object[] { c.customerId(), c.repId(), c.convertedOn(), c.qualified() })
						.toList());
		}
	}

	/** The customer is a prospect again: it was never converted. */
	void withdrawn(long customerId) {
		this.jdbc.sql("delete from prospect_conversion where customer_id = :customer")
			.param("customer", customerId)
			.update();
	}

}
