package org.salesteam.customer;

/** 客户分级: A is the most valuable class, C the least. */
public enum CustomerClass {

	A, B, C;

	/** Whether this class is above {@code other} (A above B above C). */
	public boolean isAbove(CustomerClass other) {
		return ordinal() < other.ordinal();
	}

	public String messageKey() {
		return "customer.class." + name();
	}

}
