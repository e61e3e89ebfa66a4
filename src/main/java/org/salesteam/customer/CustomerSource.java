package org.salesteam.customer;

/** 客户来源: how the customer came to us. */
public enum CustomerSource {

	REFERRAL, EXHIBITION, COLD_CALL, WEBSITE, TENDER, OTHER;

	public String messageKey() {
		return "customer.source." + name();
	}

}
