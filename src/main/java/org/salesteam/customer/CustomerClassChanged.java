package org.salesteam.customer;

import java.time.LocalDate;

/**
 * A customer's class changed ({@code from} null on the first classification).
 * {@code ownerId} is the owner at that date, who gets the credit for an upgrade.
 */
public record CustomerClassChanged(long customerId, Long ownerId, CustomerClass from, CustomerClass to, LocalDate on,
		boolean automatic) {

	public boolean isUpgrade() {
		return new ClassChange(this.from, this.to).isUpgrade();
	}

}
