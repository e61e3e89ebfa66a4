package org.salesteam.visit;

/**
 * Why a rep visits: the handbook's kinds of call. Proposals and demonstrations count
 * towards the activity standard's "proposals/demonstrations".
 */
public enum VisitType {

	NEW_CUSTOMER, RELATIONSHIP, NEEDS, PROPOSAL, DEMONSTRATION, NEGOTIATION, SERVICE, COLLECTION;

	public String messageKey() {
		return "visit.type." + name();
	}

}
