package org.salesteam.customer;

/** 采购角色 of a contact in the customer's buying decision. */
public enum BuyingRole {

	DECISION_MAKER, INFLUENCER, USER, GATEKEEPER, TECHNICAL_EVALUATOR,
	/**
	 * 内线 — the coach who guides us through the account (key-account relationship map, ADR
	 * 0035).
	 */
	COACH;

	public String messageKey() {
		return "contact.buyingRole." + name();
	}

}
