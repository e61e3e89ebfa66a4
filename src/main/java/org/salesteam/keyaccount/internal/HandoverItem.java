package org.salesteam.keyaccount.internal;

/**
 * The hand-over checklist (交接清单) of a key account: what the leaving key-account manager
 * confirms was passed on. Every item must be confirmed for the hand-over to happen.
 */
public enum HandoverItem {

	/** The open actions of the account plan. */
	PLAN_ACTIONS,

	/** The open opportunities and quotations. */
	OPPORTUNITIES,

	/** The new manager was introduced to the key contacts (decision makers first). */
	CONTACTS_INTRODUCED,

	/** Open service requests and complaints. */
	SERVICE_ISSUES,

	/** Prices, contract terms and credit. */
	PRICES_AND_TERMS

}
