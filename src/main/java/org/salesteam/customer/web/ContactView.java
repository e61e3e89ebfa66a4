package org.salesteam.customer.web;

import org.salesteam.customer.Attitude;
import org.salesteam.customer.BuyingRole;
import org.salesteam.customer.Contact;

/** A contact as the API shows it. */
record ContactView(long id, int version, long customerId, String name, String title, String department, String mobile,
		String officePhone, String email, String wechat, BuyingRole buyingRole, Attitude attitude, int influence,
		Long reportsToId, String notes) {

	static ContactView of(Contact c) {
		return new ContactView(c.getId(), c.getVersion(), c.getCustomerId(), c.getName(), c.getTitle(),
				c.getDepartment(), c.getMobile(), c.getOfficePhone(), c.getEmail(), c.getWechat(), c.getBuyingRole(),
				c.getAttitude(), c.getInfluence(), c.getReportsToId(), c.getNotes());
	}

}
