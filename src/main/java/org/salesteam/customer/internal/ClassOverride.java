package org.salesteam.customer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;

import org.salesteam.customer.Customer;
import org.salesteam.customer.CustomerClass;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager (for their team's customers), a director or an admin sets the class by hand,
 * with a reason. All or nothing: one invisible customer fails the whole request.
 */
@Service
public class ClassOverride {

	private final CustomerRepository customers;

	private final CustomerAccess access;

	private final ClassHistory history;

	private final Clock clock;

	ClassOverride(CustomerRepository customers, CustomerAccess access, ClassHistory history, Clock clock) {
		this.customers = customers;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	public static boolean mayOverride(UserPrincipal user) {
		return user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
	}

	/**
	 * @return how many customers changed class
	 */
	@Transactional
	public int execute(UserPrincipal user, Collection<Long> ids, CustomerClass decided, String reason) {
		if (!mayOverride(user)) {
			throw new AccessDeniedException("class override needs a manager");
		}
		LocalDate today = LocalDate.now(this.clock);
		int changed = 0;
		for (long id : ids) {
			Customer customer = this.access.visible(user, id);
			var change = customer.overrideClass(decided, reason);
			this.customers.save(customer);
			if (change.isPresent()) {
				this.history.record(customer, change.get(), today, false, reason.trim(), user.id());
				changed++;
			}
		}
		return changed;
	}

}
