package org.salesteam.sales.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.sales.OpportunityData;

/**
 * An opportunity as the API receives it. {@code customerId} and {@code ownerId} are read
 * on creation only; {@code version} is required on a change.
 */
record OpportunityRequest(Long customerId, Long ownerId,
		@NotBlank(message = "{sales.validation.required}") @Size(max = 200,
				message = "{sales.validation.tooLong}") String name,
		@DecimalMin(value = "0", message = "{sales.validation.notNegative}") @Digits(integer = 17, fraction = 2,
				message = "{sales.validation.amount}") BigDecimal amount,
		LocalDate expectedCloseDate,
		@Size(max = 100, message = "{sales.validation.tooMany}") List<@Valid LineRequest> lines,
		@Size(max = 20,
				message = "{sales.validation.tooMany}") Set<@Size(max = 100,
						message = "{sales.validation.tooLong}") String> competitors,
		@Size(max = 2000, message = "{sales.validation.tooLong}") String notes, Integer version) {

	/** A product of the opportunity. */
	record LineRequest(@NotNull(message = "{sales.validation.required}") Long productId,
			@NotNull(message = "{sales.validation.required}") @DecimalMin(value = "0", inclusive = false,
					message = "{sales.validation.positive}") @Digits(integer = 15, fraction = 4,
							message = "{sales.validation.number}") BigDecimal quantity,
			@DecimalMin(value = "0", message = "{sales.validation.notNegative}") @Digits(integer = 17, fraction = 2,
					message = "{sales.validation.amount}") BigDecimal amount) {
	}

	OpportunityData toData() {
		List<OpportunityData.Line> products = (this.lines == null) ? List.of()
				: this.lines.stream()
					.map((l) -> new OpportunityData.Line(l.productId(), l.quantity(),
							(l.amount() != null) ? l.amount() : BigDecimal.ZERO))
					.toList();
		return new OpportunityData(this.name, this.amount, this.expectedCloseDate, products, this.competitors,
				(this.notes == null || this.notes.isBlank()) ? null : this.notes.trim());
	}

}
