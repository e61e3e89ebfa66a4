package org.salesteam.customer;

import java.math.BigDecimal;

/**
 * The descriptive data of a customer as a user enters it; ownership, lifecycle and class
 * are changed through the customer's own methods instead.
 */
public record CustomerProfile(String code, String name, String industry, EnterpriseType enterpriseType, Long segmentId,
		Long territoryId, String province, String city, String address, CompanySize size, BigDecimal potential,
		CustomerSource source, boolean keyAccount, BigDecimal creditLimit, int paymentTermsDays, String notes) {

	public CustomerProfile {
		code = (code != null) ? code.trim().toUpperCase(java.util.Locale.ROOT) : null;
		name = (name != null) ? name.trim() : null;
		potential = (potential != null) ? potential : BigDecimal.ZERO;
		creditLimit = (creditLimit != null) ? creditLimit : BigDecimal.ZERO;
	}

}
