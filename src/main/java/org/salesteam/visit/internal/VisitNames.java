package org.salesteam.visit.internal;

import org.salesteam.customer.Customers;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Component;

/** Display names of the reps and customers that visits refer to by id. */
@Component
public class VisitNames {

	private final TeamDirectory directory;

	private final Customers customers;

	VisitNames(TeamDirectory directory, Customers customers) {
		this.directory = directory;
		this.customers = customers;
	}

	public String rep(long repId) {
		return this.directory.findMember(repId).map(TeamDirectory.Member::displayName).orElse(null);
	}

	public String repUsername(long repId) {
		return this.directory.findMember(repId).map(TeamDirectory.Member::username).orElse(null);
	}

	public String customer(long customerId) {
		return this.customers.find(customerId).map(Customers.CustomerSummary::name).orElse(null);
	}

}
