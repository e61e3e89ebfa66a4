package org.salesteam.sales;

import java.time.Instant;

/**
 * A manager released an order from credit hold with a reason; published in the approving
 * transaction (the order's {@link OrderPlaced} follows).
 */
public record OrderCreditApproved(long orderId, String orderNumber, long customerId, Long ownerId, long approverId,
		String reason, Instant at) {

}
