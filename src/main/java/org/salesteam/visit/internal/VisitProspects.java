package org.salesteam.visit.internal;

import org.salesteam.visit.Visit;
import org.salesteam.visit.VisitData;
import org.salesteam.customer.Customers;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prospecting from the visit plan: a new prospect (by name) and its first visit in one
 * transaction, so that a refused visit leaves no orphan prospect behind.
 */
@Service
public class VisitProspects {

	private final Customers customers;

	private final VisitPlanning planning;

	VisitProspects(Customers customers, VisitPlanning planning) {
		this.customers = customers;
		this.planning = planning;
	}

	@Transactional
	public Visit planWithNewProspect(UserPrincipal user, String prospectName, VisitData data) {
		if (data.objective() == null || data.objective().isBlank()) {
			throw BusinessRuleException.onField("objective", "visit.validation.objectiveRequired");
		}
		long customerId = this.customers.registerProspect(user, prospectName.trim());
		return this.planning.plan(user, customerId, data);
	}

}
