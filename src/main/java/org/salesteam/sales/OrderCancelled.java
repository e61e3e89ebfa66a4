package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order was cancelled. {@code wasPlaced} says whether it had counted as a sale (false
 * for an order refused while on credit hold), so rollups take it out only then.
 */
public record OrderCancelled(long orderId, long customerId, Long ownerId, Long territoryId, LocalDate orderDate,
		LocalDate cancelledOn, String reason, BigDecimal netAmount, BigDecimal cost, boolean wasPlaced) {

}
