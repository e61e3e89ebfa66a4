package org.salesteam.retention.internal;

import org.salesteam.customer.CustomerLost;
import org.salesteam.retention.LostReason;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer marked lost anywhere else (the customer page's free-text form, an import)
 * still counts in the reasons: after the commit, a loss this module has not recorded for
 * that customer and day is recorded as {@link LostReason#OTHER} with the text as its
 * note, and opens its exit interview. Idempotent: a second delivery finds the record.
 */
@Component
class LostOnTheCustomerPage {

	private final LostCustomers lost;

	LostOnTheCustomerPage(LostCustomers lost) {
		this.lost = lost;
	}

	@ApplicationModuleListener
	void on(CustomerLost event) {
		this.lost.recordUnlessKnown(event.customerId(), event.ownerId(), event.reason(), event.on());
	}

}
