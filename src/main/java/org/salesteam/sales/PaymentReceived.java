package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money came in for an order. {@code collectedOverdue} is true when it was paid after the
 * due date (an "overdue receivable collected").
 */
public record PaymentReceived(long orderId, long customerId, Long ownerId, LocalDate paidOn, BigDecimal amount,
		boolean collectedOverdue) {

}
