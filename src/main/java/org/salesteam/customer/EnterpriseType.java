package org.salesteam.customer;

/** 企业性质. */
public enum EnterpriseType {

	STATE_OWNED, PRIVATE, FOREIGN, JOINT_VENTURE, PUBLIC_INSTITUTION;

	public String messageKey() {
		return "customer.enterpriseType." + name();
	}

}
