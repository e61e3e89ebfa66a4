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

	/**
	 * The condition for the customers the user sees — by owner, or on the customer's
	 * account team — with {@code alias} the customer table's alias in the caller's query.
	 */
	public Visibility.Where customers(UserPrincipal user, String alias) {
		return visibility(user).where(alias + ".owner_id", alias + ".id");
	}

	/**
	 * The condition for the customers the user works on by owner (the pool's and the
	 * portfolio's counts: an account-team member does not own the customer).
	 */
	public Visibility.Where owned(UserPrincipal user, String ownerColumn) {
		return visibility(user).where(ownerColumn, null);
	}

	/**
	 * The customer if the user may read it: by its owner, or as a member of its account
	 * team; otherwise {@link NotFoundException}. Pages and API reads use it.
	 */
	public Customer readable(UserPrincipal user, long id) {
		Visibility visibility = visibility(user);
		return this.customers.findById(id)
			.filter((customer) -> visibility.canSeeCustomer(customer.getOwnerId(), customer.getId()))
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/**
	 * The customer if the user may work on it (by its owner: changes, contacts,
	 * qualification, class); otherwise {@link NotFoundException}, as if it did not exist.
	 */
	public Customer visible(UserPrincipal user, long id) {
		Visibility visibility = visibility(user);
		return (visibility.all() ? this.customers.findById(id)
				: this.customers.findByIdAndOwnerIdIn(id, visibility.ownerIdsForQuery()))
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

}
