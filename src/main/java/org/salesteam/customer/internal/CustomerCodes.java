package org.salesteam.customer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws automatic customer codes by the administrator's {@link CodePattern}. Drawing
 * raises the counter of the settings row first: the row lock that update takes holds
 * until the caller's transaction ends, so concurrent registrations (H2 and PostgreSQL
 * alike) wait for each other and never draw the same number; a rolled-back registration
 * leaves no gap in use. A drawn code that is already taken (typed by hand or imported) is
 * skipped.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CustomerCodes {

	private final JdbcClient jdbc;

	private final Clock clock;

	CustomerCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One new code. */
	public String next() {
		return next(1).get(0);
	}

	/** {@code count} new codes, distinct and not in use, in drawing order. */
	public List<String> next(int count) {
		List<String> codes = new ArrayList<>(count);
		LocalDate today = LocalDate.now(this.clock);
		while (codes.size() < count) {
			int wanted = Math.min(count - codes.size(), CustomerBulkWriter.IN_LIST);
			this.jdbc.sql("update customer_settings set code_sequence = code_sequence + :n where id = :id")
				.param("n", wanted)
				.param("id", CustomerRules.SETTINGS_ID)
				.update();
			var row = this.jdbc.sql("select code_pattern, code_sequence from customer_settings where id = :id")
				.param("id", CustomerRules.SETTINGS_ID)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) })
				.single();
			CodePattern pattern = new CodePattern((String) row[0]);
			long last = (Long) row[1];
			List<String> drawn = new ArrayList<>(wanted);
			for (long number = last - wanted + 1; number <= last; number++) {
				drawn.add(pattern.format(today, number));
			}
			List<String> taken = this.jdbc.sql("select code from customer where code in (:codes)")
				.param("codes", drawn)
				.query(String.class)
				.list();
			drawn.stream().filter((code) -> !taken.contains(code)).forEach(codes::add);
		}
		return codes;
	}

}
