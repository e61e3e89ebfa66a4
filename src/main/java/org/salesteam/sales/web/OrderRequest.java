package org.salesteam.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.sales.internal.NewOrder;

/**
 * An order as the API receives it, lines inline. Left out: number (generated), orderDate
 * (today), ownerId (the customer's owner), territoryId (see the sales module's territory
 * rule), unitPrice (the list price), netAmount and cost (computed), opportunityId (the
 * won opportunity of the customer the order comes from).
 */
record OrderRequest(@Size(max = 40, message = "{sales.validation.tooLong}") String number,
		@NotNull(message = "{sales.validation.required}") Long customerId, LocalDate orderDate, Long ownerId,
		Long territoryId,
		@NotEmpty(message = "{sales.order.error.noLines}") @Size(max = 500,
				message = "{sales.validation.tooMany}") List<@Valid LineRequest> lines,
		@Size(max = 2000, message = "{sales.validation.tooLong}") String notes,
		@Size(max = 500, message = "{sales.validation.tooLong}") String creditApprovalReason, Boolean holdForApproval,
		Long opportunityId) {

	/** One line of the order. */
	record LineRequest(@NotNull(message = "{sales.validation.required}") Long productId,
			@NotNull(message = "{sales.validation.required}") @DecimalMin(value = "0", inclusive = false,
					message = "{sales.validation.positive}") @Digits(integer = 15, fraction = 4,
							message = "{sales.validation.number}") BigDecimal quantity,
			@DecimalMin(value = "0", message = "{sales.validation.notNegative}") @Digits(integer = 15, fraction = 4,
					message = "{sales.validation.number}") BigDecimal unitPrice,
			@DecimalMin(value = "0", message = "{sales.validation.discount}") @DecimalMax(value = "1",
					message = "{sales.validation.discount}") BigDecimal discount,
			@Digits(integer = 17, fraction = 2, message = "{sales.validation.amount}") BigDecimal netAmount,
			@Digits(integer = 17, fraction = 2, message = "{sales.validation.amount}") BigDecimal cost) {
	}

	NewOrder toNewOrder() {
		return new NewOrder(this.number, this.customerId, this.orderDate, this.ownerId, this.territoryId,
				this.lines.stream()
					.map((l) -> new NewOrder.Line(l.productId(), l.quantity(), l.unitPrice(), l.discount(),
							l.netAmount(), l.cost()))
					.toList(),
				this.notes, this.creditApprovalReason, Boolean.TRUE.equals(this.holdForApproval), this.opportunityId);
	}

}
