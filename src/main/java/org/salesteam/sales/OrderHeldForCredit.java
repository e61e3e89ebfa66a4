package org.salesteam.sales;

/**
 * A new order is over the customer's credit limit and waits for the approval of the rep's
 * manager (待信用审批); published in the placing transaction.
 */
public record OrderHeldForCredit(long orderId, String orderNumber, long customerId, Long ownerId, Long createdBy) {

}
