package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as a user places it. Blank values take their defaults: the number from the
 * sequence, the date today, the owner the customer's owner, the territory per
 * {@link TerritoryChoice}, the unit price the product's list price.
 *
 * @param creditApprovalReason a manager's approval given with the order, for an order
 * over the credit limit
 * @param holdForApproval keep an order over the limit on credit hold for a manager
 * instead of refusing it
 * @param opportunityId the won opportunity of the same customer the order is placed from
 * (null: none)
 */
public record NewOrder(String number, long customerId, LocalDate orderDate, Long ownerId, Long territoryId,
		List<Line> lines, String notes, String creditApprovalReason, boolean holdForApproval, Long opportunityId) {

	/** A line as entered; null amounts are computed. */
	public record Line(Long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount,
			BigDecimal netAmount, BigDecimal cost) {
	}

	public NewOrder {
		number = (number == null || number.isBlank()) ? null : number.trim();
		lines = (lines != null) ? List.copyOf(lines) : List.of();
		notes = (notes == null || notes.isBlank()) ? null : notes.trim();
		creditApprovalReason = (creditApprovalReason == null || creditApprovalReason.isBlank()) ? null
				: creditApprovalReason.trim();
	}

}
