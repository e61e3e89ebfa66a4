package org.salesteam.customer;

import java.math.BigDecimal;

/**
 * The descriptive data of a customer as a user enters it; ownership, lifecycle and class
 * are changed through the customer's own methods instead. A blank code stands for "draw
 * the next automatic code" on registration ({@code null} here). The tax id (统一社会信用代码) is
 * kept as {@link CompanyNames#taxId} writes it.
 */
public record CustomerProfile(String code, String name, String industry, EnterpriseType enterpriseType, Long segmentId,
		Long territoryId, String province, String city, String address, CompanySize size, BigDecimal potential,
		CustomerSource source, boolean keyAccount, BigDecimal creditLimit, int paymentTermsDays, String notes,
		String taxId, String phone) {

	public CustomerProfile {
		code = (code != null && !code.isBlank()) ? code.trim().toUpperCase(java.util.Locale.ROOT) : null;
		taxId = CompanyNames.taxId(taxId);
		phone = (phone != null && !phone.isBlank()) ? phone.trim() : null;
		name = (name != null) ? name.trim() : null;
		potential = (potential != null) ? potential : BigDecimal.ZERO;
		creditLimit = (creditLimit != null) ? creditLimit : BigDecimal.ZERO;
	}

	/**
	 * A profile without tax id and phone (customers registered on the way, e.g. by an
	 * order file).
	 */
	public CustomerProfile(String code, String name, String industry, EnterpriseType enterpriseType, Long segmentId,
			Long territoryId, String province, String city, String address, CompanySize size, BigDecimal potential,
			CustomerSource source, boolean keyAccount, BigDecimal creditLimit, int paymentTermsDays, String notes) {
		this(code, name, industry, enterpriseType, segmentId, territoryId, province, city, address, size, potential,
				source, keyAccount, creditLimit, paymentTermsDays, notes, null, null);
	}

	/** The same data under another code. */
	public CustomerProfile withCode(String newCode) {
		return new CustomerProfile(newCode, this.name, this.industry, this.enterpriseType, this.segmentId,
				this.territoryId, this.province, this.city, this.address, this.size, this.potential, this.source,
				this.keyAccount, this.creditLimit, this.paymentTermsDays, this.notes, this.taxId, this.phone);
	}

}
