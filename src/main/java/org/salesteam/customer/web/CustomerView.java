package org.salesteam.customer.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.salesteam.customer.CompanySize;
import org.salesteam.customer.Customer;
import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerSource;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.customer.EnterpriseType;

/** A customer as the API shows it; {@code version} goes back with a change. */
record CustomerView(long id, int version, String code, String name, String industry, EnterpriseType enterpriseType,
		Long segmentId, String segmentName, Long territoryId, String territoryName, String province, String city,
		String address, CompanySize size, BigDecimal potential, CustomerSource source, Long ownerId,
		String ownerUsername, String ownerName, boolean keyAccount, BigDecimal creditLimit, int paymentTermsDays,
		String notes, CustomerStatus status, CustomerClass customerClass, boolean classOverridden,
		LocalDate firstOrderDate, LocalDate lostDate, String lostReason, LocalDate lastActivityDate,
		LocalDate ownedSince, String taxId, String phone) {

	static CustomerView of(Customer c, CustomerNames.Names names) {
		return new CustomerView(c.getId(), c.getVersion(), c.getCode(), c.getName(), c.getIndustry(),
				c.getEnterpriseType(), c.getSegmentId(), names.segmentName(), c.getTerritoryId(), names.territoryName(),
				c.getProvince(), c.getCity(), c.getAddress(), c.getSize(), c.getPotential(), c.getSource(),
				c.getOwnerId(), names.ownerUsername(), names.ownerName(), c.isKeyAccount(), c.getCreditLimit(),
				c.getPaymentTermsDays(), c.getNotes(), c.getStatus(), c.getCustomerClass(), c.isClassOverridden(),
				c.getFirstOrderDate(), c.getLostDate(), c.getLostReason(), c.getLastActivityDate(), c.getOwnedSince(),
				c.getTaxId(), c.getPhone());
	}

}
