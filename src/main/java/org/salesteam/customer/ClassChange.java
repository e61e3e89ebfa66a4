package org.salesteam.customer;

/** A change of a customer's class, as the customer reports it to be recorded. */
public record ClassChange(CustomerClass from, CustomerClass to) {

	public boolean isUpgrade() {
		return this.from != null && this.to.isAbove(this.from);
	}

}
