package org.salesteam.customer.internal;

import java.util.List;

import org.salesteam.customer.CompanyNames;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the keys of the duplicate check with a customer's name and phone:
 * {@code customer.name_key} ({@link CompanyNames#key}) and {@code customer.phone_key}
 * ({@link CompanyNames#phoneDigits}). They are columns of the table, not of the entity:
 * derived values, while the audit trail records what users change. Every write of a name
 * or phone writes the keys (registration, change, bulk import, demo data); customers
 * stored before the keys existed get them when the application starts.
 */
@Component
class DuplicateKeys {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	DuplicateKeys(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Writes the keys of a customer's name and phone; the row must be in the database.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void write(long customerId, String name, String phone) {
		this.jdbc.sql("update customer set name_key = :name, phone_key = :phone where id = :id")
			.param("name", CompanyNames.key(name))
			.param("phone", CompanyNames.phoneDigits(phone))
			.param("id", customerId)
			.update();
	}

	/** Fills the keys the customers stored before issue 20 lack, in one batch. */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void backfill() {
		List<Object[]> rows = this.jdbc.sql("select id, name, phone from customer where name_key is null")
			.query((rs,
					n) -> new Object[] { CompanyNames.key(rs.getString(2)), CompanyNames.phoneDigits(rs.getString(3)),
							rs.getLong(1) })
			.list();
		if (!rows.isEmpty()) {
			this.batch.batchUpdate("update customer set name_key = ?, phone_key = ? where id = ?", rows);
		}
	}

}
