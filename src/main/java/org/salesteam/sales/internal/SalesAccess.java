package org.salesteam.sales.internal;

import org.salesteam.customer.Customers;
import org.salesteam.customer.Customers.CustomerSummary;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.Opportunity;
import org.salesteam.sales.SalesOrder;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.stereotype.Component;

/**
 * Loads orders, opportunities and customers for a user with their visibility: orders and
 * opportunities by their owning rep inside the query, customers by their owner. Anything
 * invisible is answered exactly like something that does not exist.
 */
@Component
public class SalesAccess {

	static final String ORDER = "entity.order";

	static final String OPPORTUNITY = "entity.opportunity";

	static final String CUSTOMER = "entity.customer";

	private final VisibilityPolicy policy;

	private final SalesOrderRepository orders;

	private final OpportunityRepository opportunities;

	private final Customers customers;

	SalesAccess(VisibilityPolicy policy, SalesOrderRepository orders, OpportunityRepository opportunities,
			Customers customers) {
		this.policy = policy;
		this.orders = orders;
		this.opportunities = opportunities;
		this.customers = customers;
	}

	public Visibility visibility(UserPrincipal user) {
		return this.policy.of(user);
	}

	/**
	 * The condition for the orders the user sees — by their rep, or on the customer's
	 * account team — for a query whose order table is {@code o}.
	 */
	public Visibility.Where orders(UserPrincipal user) {
		return visibility(user).where("o.owner_id", "o.customer_id");
	}

	/** {@link #orders} for a query whose opportunity table is {@code o}. */
	public Visibility.Where opportunities(UserPrincipal user) {
		return visibility(user).where("o.owner_id", "o.customer_id");
	}

	/**
	 * The condition for the visits (the visit module's table, read by SQL) the user sees
	 * — by the visiting rep, or on the customer's account team — for a query whose visit
	 * table is {@code v}; the visit module's own rule.
	 */
	public Visibility.Where visits(UserPrincipal user) {
		return visibility(user).where("v.rep_id", "v.customer_id");
	}

	/**
	 * The condition for rows whose owner (or user) is {@code ownerColumn} and that the
	 * user sees by owner alone: the owner and customer choices of forms, where an
	 * account-team member may not sell on another rep's behalf.
	 */
	public Visibility.Where byOwner(UserPrincipal user, String ownerColumn) {
		return visibility(user).where(ownerColumn, null);
	}

	public SalesOrder order(UserPrincipal user, long id) {
		Visibility visibility = visibility(user);
		return (visibility.all() ? this.orders.findById(id)
				: this.orders.findByIdAndOwnerIdIn(id, visibility.ownerIdsForQuery()))
			.orElseThrow(() -> new NotFoundException(ORDER, id));
	}

	public Opportunity opportunity(UserPrincipal user, long id) {
		Visibility visibility = visibility(user);
		return (visibility.all() ? this.opportunities.findById(id)
				: this.opportunities.findByIdAndOwnerIdIn(id, visibility.ownerIdsForQuery()))
			.orElseThrow(() -> new NotFoundException(OPPORTUNITY, id));
	}

	/** The customer if the user may see it (by its owner); otherwise 404. */
	public CustomerSummary customer(UserPrincipal user, long customerId) {
		Visibility visibility = visibility(user);
		return this.customers.find(customerId)
			.filter((customer) -> visibility.canSee(customer.ownerId()))
			.orElseThrow(() -> new NotFoundException(CUSTOMER, customerId));
	}

	/**
	 * Whether the user may approve credit or reopen deals for records of {@code ownerId}:
	 * a director, or a manager whose team includes that rep (not for their own records).
	 */
	public boolean isSuperiorOf(UserPrincipal user, Long ownerId) {
		if (user.hasRole(Role.DIRECTOR)) {
			return true;
		}
		return user.hasRole(Role.MANAGER) && ownerId != null && ownerId != user.id()
				&& visibility(user).canSee(ownerId);
	}

}
