package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Orders were written or changed in bulk by an import, which publishes no
 * {@link OrderPlaced} or {@link OrderCancelled} per order. Listeners that keep figures
 * derived from orders add the {@code created} orders, which were new (nothing of them was
 * counted before), and recompute their figures for the {@code changed} customers, whose
 * stored orders changed. Published inside the import's transaction, so a rolled-back
 * import leaves the figures as they were.
 */
public record OrdersImported(List<Created> created, Set<Long> changed) {

	public OrdersImported {
		created = List.copyOf(created);
		changed = Set.copyOf(changed);
	}

	/** An order the import registered, with its status and its header's totals. */
	public record Created(long customerId, LocalDate orderDate, Long ownerId, Long territoryId, OrderStatus status,
			BigDecimal netAmount, BigDecimal cost) {
	}

}
