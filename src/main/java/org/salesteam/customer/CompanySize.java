package org.salesteam.customer;

/** 企业规模, by number of employees: under 50, 50–199, 200–999, 1000–4999, 5000 and more. */
public enum CompanySize {

	UNDER_50, FROM_50, FROM_200, FROM_1000, FROM_5000;

	public String messageKey() {
		return "customer.size." + name();
	}

}
