package org.salesteam.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.salesteam.platform.UserPrincipal;

/**
 * The customer and contact lists row by row, for exports: the same filters and the same
 * visibility as the customer list, applied in SQL, streamed from the database with a
 * fetch size so that a million rows never sit in memory. Each call runs in one read-only
 * transaction; {@code sink} is called once per row, in list order.
 */
public interface CustomerExports {

	/**
	 * The customer list's filters (see the list's query parameters); {@code sort} is one
	 * of the list's sort keys, anything else sorts by name.
	 */
	record Criteria(String q, CustomerStatus status, CustomerClass customerClass, Long territoryId, Long segmentId,
			Long ownerId, boolean pool, Boolean keyAccount, String sort, boolean descending) {

		public static Criteria everything() {
			return new Criteria(null, null, null, null, null, null, false, null, "name", false);
		}

	}

	/** One customer with the codes and names of what it refers to. */
	record CustomerLine(String code, String name, String industry, EnterpriseType enterpriseType, String segmentCode,
			String segmentName, String territoryCode, String territoryName, String province, String city,
			String address, CompanySize companySize, BigDecimal potential, CustomerSource source, String ownerUsername,
			String ownerName, boolean keyAccount, BigDecimal creditLimit, int paymentTermsDays, CustomerStatus status,
			CustomerClass customerClass, LocalDate firstOrderDate, LocalDate lastActivityDate, String notes,
			String taxId, String phone) {
	}

	/** One contact with its customer's code and name. */
	record ContactLine(String customerCode, String customerName, String name, String title, String department,
			String mobile, String officePhone, String email, String wechat, BuyingRole buyingRole, Attitude attitude,
			int influence, String notes) {
	}

	/** The visible customers that match, in the list's order. */
	void customers(UserPrincipal user, Criteria criteria, Consumer<CustomerLine> sink);

	/**
	 * The contacts of the visible customers that match the criteria (the criteria apply
	 * to the customer), by customer code and contact name.
	 */
	void contacts(UserPrincipal user, Criteria criteria, Consumer<ContactLine> sink);

}
