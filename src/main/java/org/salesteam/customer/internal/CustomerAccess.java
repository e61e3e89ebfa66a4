package org.salesteam.customer.internal;

import org.salesteam.customer.Customer;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.stereotype.Component;

/**
 * Loads a customer for a user with their visibility inside the query: a customer they may
 * not see is answered exactly like one that does not exist.
 */
@Component
public class CustomerAccess {

	static final String ENTITY = "entity.customer";

	private final CustomerRepository customers;

	private final VisibilityPolicy visibilityPolicy;

	CustomerAccess(CustomerRepository customers, VisibilityPolicy visibilityPolicy) {
		this.customers = customers;
		this.visibilityPolicy = visibilityPolicy;
	}

	public Visibility visibility(UserPrincipal user) {
		return this.visibilityPolicy.of(user);
	}

	/** The customer if the user may see it; otherwise {@link NotFoundException}. */
	public Customer visible(UserPrincipal user, long id) {
		Visibility visibility = visibility(user);
		return (visibility.all() ? this.customers.findById(id)
				: this.customers.findByIdAndOwnerIdIn(id, visibility.ownerIdsForQuery()))
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

}
