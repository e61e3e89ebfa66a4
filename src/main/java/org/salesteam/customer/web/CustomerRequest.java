package org.salesteam.customer.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.salesteam.customer.CompanySize;
import org.salesteam.customer.CustomerProfile;
import org.salesteam.customer.CustomerSource;
import org.salesteam.customer.EnterpriseType;

/**
 * A customer as the API receives it. {@code ownerUsername} is read on creation only (a
 * rep always creates for themselves; empty puts the customer in the pool);
 * {@code version} is required on a change.
 */
record CustomerRequest(
		@NotBlank(message = "{customer.validation.required}") @Size(max = 32,
				message = "{customer.validation.tooLong}") @Pattern(regexp = "[A-Za-z0-9_.-]*",
						message = "{customer.validation.code}") String code,
		@NotBlank(message = "{customer.validation.required}") @Size(max = 200,
				message = "{customer.validation.tooLong}") String name,
		@Size(max = 100, message = "{customer.validation.tooLong}") String industry, EnterpriseType enterpriseType,
		Long segmentId, Long territoryId, @Size(max = 50, message = "{customer.validation.tooLong}") String province,
		@Size(max = 50, message = "{customer.validation.tooLong}") String city,
		@Size(max = 300, message = "{customer.validation.tooLong}") String address, CompanySize size,
		@DecimalMin(value = "0", message = "{customer.validation.notNegative}") @Digits(integer = 13, fraction = 2,
				message = "{customer.validation.amount}") BigDecimal potential,
		CustomerSource source, Boolean keyAccount,
		@DecimalMin(value = "0", message = "{customer.validation.notNegative}") @Digits(integer = 13, fraction = 2,
				message = "{customer.validation.amount}") BigDecimal creditLimit,
		@Min(value = 0, message = "{customer.validation.notNegative}") @Max(value = 365,
				message = "{customer.validation.paymentTerms}") Integer paymentTermsDays,
		@Size(max = 2000, message = "{customer.validation.tooLong}") String notes, String ownerUsername,
		Integer version) {

	CustomerProfile toProfile() {
		return new CustomerProfile(this.code, this.name, CustomerForm.blankToNull(this.industry), this.enterpriseType,
				this.segmentId, this.territoryId, CustomerForm.blankToNull(this.province),
				CustomerForm.blankToNull(this.city), CustomerForm.blankToNull(this.address), this.size, this.potential,
				this.source, Boolean.TRUE.equals(this.keyAccount), this.creditLimit,
				(this.paymentTermsDays != null) ? this.paymentTermsDays : 30, CustomerForm.blankToNull(this.notes));
	}

}
