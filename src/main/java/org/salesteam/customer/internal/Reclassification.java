package org.salesteam.customer.internal;

import java.time.LocalDate;
import java.util.List;

import org.salesteam.customer.Customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies new class thresholds to every customer whose class is automatic. Only the
 * customers whose class actually changes are loaded, found by one query.
 */
@Component
class Reclassification {

	private final JdbcClient jdbc;

	private final CustomerRepository customers;

	private final ClassHistory history;

	Reclassification(JdbcClient jdbc, CustomerRepository customers, ClassHistory history) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.history = history;
	}

	@Transactional
	int reclassifyAll(ClassificationPolicy policy, LocalDate on) {
		List<Long> ids = this.jdbc.sql("""
				select id from customer where class_overridden = false and customer_class <>
				  case when potential >= :a then 'A' when potential >= :b then 'B' else 'C' end
				""").param("a", policy.classAMin()).param("b", policy.classBMin()).query(Long.class).list();
		int changed = 0;
		for (Customer customer : this.customers.findAllById(ids)) {
			var change = customer.applyAutomaticClass(policy.classify(customer.getPotential()));
			if (change.isPresent()) {
				this.history.record(customer, change.get(), on, true, null, null);
				changed++;
			}
		}
		return changed;
	}

}
