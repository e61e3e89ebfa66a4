package org.salesteam.sales.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Order numbers when the user gives none: {@code SO-<yyyyMMdd>-<n>} with {@code n} from
 * the application sequence, so they are unique without a lock.
 */
@Component
class OrderNumbers {

	private final JdbcClient jdbc;

	OrderNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(LocalDate orderDate) {
		long n = this.jdbc.sql("select nextval('app_seq')").query(Long.class).single();
		return String.format("SO-%1$tY%1$tm%1$td-%2$d", orderDate, n);
	}

}
