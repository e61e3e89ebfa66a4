package org.salesteam.customer.internal;

import org.salesteam.customer.ProspectConverted;

import org.springframework.context.event.EventListener;
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

	private final JdbcClient jdbc;

	ConversionHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ProspectConverted event) {
		this.jdbc.sql("""
				insert into prospect_conversion (id, customer_id, rep_id, converted_on, qualified, created_at)
				values (nextval('app_seq'), :customer, :rep, :on, :qualified, current_timestamp)
				""")
			.param("customer", event.customerId())
			.param("rep", event.repId())
			.param("on", event.convertedOn())
			.param("qualified", event.qualified())
			.update();
	}

	/** The customer is a prospect again: it was never converted. */
	void withdrawn(long customerId) {
		this.jdbc.sql("delete from prospect_conversion where customer_id = :customer")
			.param("customer", customerId)
			.update();
	}

}
