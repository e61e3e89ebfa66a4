package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order became a sale: confirmed at once, or released from credit hold by a manager.
 * Amounts are the order's totals (net of discounts).
 */
public record OrderPlaced(long orderId, String orderNumber, long customerId, Long ownerId, Long territoryId,
		LocalDate orderDate, BigDecimal netAmount, BigDecimal cost) {

}
