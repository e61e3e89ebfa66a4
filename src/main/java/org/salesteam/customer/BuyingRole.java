package org.salesteam.customer;

/** 采购角色 of a contact in the customer's buying decision. */
public enum BuyingRole {

	DECISION_MAKER, INFLUENCER, USER, GATEKEEPER, TECHNICAL_EVALUATOR;

	public String messageKey() {
		return "contact.buyingRole." + name();
	}

}
