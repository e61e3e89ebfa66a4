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
 * {@code version} is required on a change. {@code code} is read from admins only (blank:
 * the next automatic code); {@code confirmDuplicate} true registers although a stored
 * customer has the same name key or tax id.
 */
record CustomerRequest(
		@Size(max = 32, message = "{customer.validation.max.code}") @Pattern(regexp = "[A-Za-z0-9_.-]*",
				message = "{customer.validation.code}") String code,
		@NotBlank(message = "{customer.validation.required}") @Size(max = 200,
				message = "{customer.validation.max.name}") String name,
		@Size(max = 100, message = "{customer.validation.max.industry}") String industry, EnterpriseType enterpriseType,
		Long segmentId, Long territoryId,
		@Size(max = 50, message = "{customer.validation.max.province}") String province,
		@Size(max = 50, message = "{customer.validation.max.city}") String city,
		@Size(max = 300, message = "{customer.validation.max.address}") String address, CompanySize size,
		@DecimalMin(value = "0", message = "{customer.validation.notNegative}") @Digits(integer = 13, fraction = 2,
				message = "{customer.validation.amount}") BigDecimal potential,
		CustomerSource source, Boolean keyAccount,
		@DecimalMin(value = "0", message = "{customer.validation.notNegative}") @Digits(integer = 13, fraction = 2,
				message = "{customer.validation.amount}") BigDecimal creditLimit,
		@Min(value = 0, message = "{customer.validation.notNegative}") @Max(value = 365,
				message = "{customer.validation.paymentTerms}") Integer paymentTermsDays,
		@Size(max = 2000, message = "{customer.validation.max.notes}") String notes, String ownerUsername,
		Integer version,
		@Size(max = 18, message = "{customer.validation.max.taxId}") @Pattern(regexp = "([0-9A-Za-z]{18})?",
				message = "{customer.validation.taxId}") String taxId,
		@Size(max = 30, message = "{customer.validation.max.phone}") String phone, Boolean confirmDuplicate) {

	CustomerProfile toProfile() {
		return new CustomerProfile(this.code, this.name, CustomerForm.blankToNull(this.industry), this.enterpriseType,
				this.segmentId, this.territoryId, CustomerForm.blankToNull(this.province),
				CustomerForm.blankToNull(this.city), CustomerForm.blankToNull(this.address), this.size, this.potential,
				this.source, Boolean.TRUE.equals(this.keyAccount), this.creditLimit,
				(this.paymentTermsDays != null) ? this.paymentTermsDays : 30, CustomerForm.blankToNull(this.notes),
				this.taxId, this.phone);
	}

}
