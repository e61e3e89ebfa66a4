package org.salesteam.customer.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.customer.Customer;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner (or their manager) marks a visible customer dormant or lost, or brings it
 * back.
 */
@Service
public class CustomerLifecycle {

	private final CustomerRepository customers;

	private final CustomerAccess access;

	private final Clock clock;

	CustomerLifecycle(CustomerRepository customers, CustomerAccess access, Clock clock) {
		this.customers = customers;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	public void markLost(UserPrincipal user, long id, String reason) {
		Customer customer = this.access.visible(user, id);
		customer.markLost(reason, LocalDate.now(this.clock));
		this.customers.save(customer);
	}

	@Transactional
	public void markDormant(UserPrincipal user, long id) {
		Customer customer = this.access.visible(user, id);
		customer.markDormant();
		this.customers.save(customer);
	}

	@Transactional
	public void reactivate(UserPrincipal user, long id) {
		Customer customer = this.access.visible(user, id);
		customer.reactivate();
		this.customers.save(customer);
	}

}
