package org.salesteam.sales.internal;

import org.salesteam.customer.CustomerTransferred;
import org.salesteam.customer.Customers;
import org.salesteam.sales.Opportunity;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a customer is transferred (or claimed from the pool), its open opportunities go
 * with it to the new owner; won and lost ones stay with the rep who closed them. This is
 * a reaction after the transfer has committed, in a transaction of its own, recorded in
 * the event-publication registry and run again if it fails or its node dies (ADR 0021): a
 * transfer never fails because an opportunity is being edited at the same moment.
 * <p>
 * The opportunities follow the customer's owner as it stands when the reaction runs, so
 * running it twice, or the reactions to two quick transfers in either order, ends with
 * the same owner; a customer back in the pool meanwhile has no owner to follow, and the
 * event's new owner is used.
 */
@Component
class OpportunitiesFollowTransfers {

	private final OpportunityRepository opportunities;

	private final Customers customers;

	OpportunitiesFollowTransfers(OpportunityRepository opportunities, Customers customers) {
		this.opportunities = opportunities;
		this.customers = customers;
	}

	@ApplicationModuleListener
	void on(CustomerTransferred transferred) {
		long owner = this.customers.find(transferred.customerId())
			.map(Customers.CustomerSummary::ownerId)
			.orElse(transferred.toOwnerId());
		for (Opportunity opportunity : this.opportunities.findByCustomerId(transferred.customerId())) {
			if (opportunity.followCustomerTo(owner)) {
				this.opportunities.save(opportunity);
			}
		}
	}

}
