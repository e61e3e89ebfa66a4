package org.salesteam.sales.internal;

import org.salesteam.customer.CustomerTransferred;
import org.salesteam.sales.Opportunity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a customer is transferred (or claimed from the pool), its open opportunities go
 * with it to the new owner, in the same transaction as the transfer; won and lost ones
 * stay with the rep who closed them.
 */
@Component
class OpportunitiesFollowTransfers {

	private final OpportunityRepository opportunities;

	OpportunitiesFollowTransfers(OpportunityRepository opportunities) {
		this.opportunities = opportunities;
	}

	@EventListener
	void on(CustomerTransferred transferred) {
		for (Opportunity opportunity : this.opportunities.findByCustomerId(transferred.customerId())) {
			if (opportunity.followCustomerTo(transferred.toOwnerId())) {
				this.opportunities.save(opportunity);
			}
		}
	}

}
