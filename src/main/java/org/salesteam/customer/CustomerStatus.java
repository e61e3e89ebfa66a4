package org.salesteam.customer;

/**
 * Lifecycle of a customer: 潜在客户 → 成交客户 → 休眠客户 → 流失客户. A prospect becomes active with its
 * first order; dormant and lost customers can be reactivated.
 */
public enum CustomerStatus {

	PROSPECT, ACTIVE, DORMANT, LOST;

	public String messageKey() {
		return "customer.status." + name();
	}

}
