package org.salesteam.sales;

import java.util.Set;

/**
 * Orders of these customers were written or changed in bulk by an import, which publishes
 * no {@link OrderPlaced} or {@link OrderCancelled} per order. Listeners that keep figures
 * derived from orders recompute them for these customers. Published inside the import's
 * transaction, so a rolled-back import leaves the figures as they were.
 */
public record OrdersImported(Set<Long> customerIds) {

	public OrdersImported {
		customerIds = Set.copyOf(customerIds);
	}

}
