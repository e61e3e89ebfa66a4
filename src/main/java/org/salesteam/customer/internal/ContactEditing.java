package org.salesteam.customer.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.salesteam.customer.Contact;
import org.salesteam.customer.Customer;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and changes the contacts of a visible customer. A contact reports to another
 * contact of the same customer, and the reporting lines never form a cycle.
 */
@Service
public class ContactEditing {

	private final ContactRepository contacts;

	private final CustomerAccess access;

	ContactEditing(ContactRepository contacts, CustomerAccess access) {
		this.contacts = contacts;
		this.access = access;
	}

	@Transactional
	public Contact add(UserPrincipal user, long customerId, Contact.Details details) {
		Customer customer = this.access.visible(user, customerId);
		checkReportsTo(customer.getId(), null, details.reportsToId());
		return this.contacts.save(new Contact(customer.getId(), details));
	}

	@Transactional
	public Contact change(UserPrincipal user, long contactId, int version, Contact.Details details) {
		Contact contact = visible(user, contactId);
		if (contact.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Contact.class, contactId);
		}
		checkReportsTo(contact.getCustomerId(), contact.getId(), details.reportsToId());
		contact.describe(details);
		return this.contacts.save(contact);
	}

	/**
	 * {@link org.salesteam.customer.Customers#placeContacts}: checks every contact first,
	 * then changes them; the other fields of each contact stay.
	 */
	@Transactional
	public void placeOnMap(UserPrincipal user, long customerId,
			java.util.List<org.salesteam.customer.Customers.ContactRole> roles) {
		Customer customer = this.access.visible(user, customerId);
		java.util.List<Contact> placed = new java.util.ArrayList<>();
		for (int i = 0; i < roles.size(); i++) {
			org.salesteam.customer.Customers.ContactRole role = roles.get(i);
			Contact contact = this.contacts.findById(role.contactId())
				.filter((c) -> c.getCustomerId().equals(customer.getId()))
				.orElseThrow(
						() -> new org.salesteam.platform.NotFoundException(ContactQueries.ENTITY, role.contactId()));
			if (role.influence() < 1 || role.influence() > 5) {
				throw BusinessRuleException.onField("contacts[" + i + "].influence", "contact.error.influence");
			}
			placed.add(contact);
		}
		for (int i = 0; i < roles.size(); i++) {
			org.salesteam.customer.Customers.ContactRole role = roles.get(i);
			Contact contact = placed.get(i);
			checkReportsTo(customer.getId(), contact.getId(), role.reportsToId());
			contact.describe(new Contact.Details(contact.getName(), contact.getTitle(), contact.getDepartment(),
					contact.getMobile(), contact.getOfficePhone(), contact.getEmail(), contact.getWechat(),
					role.buyingRole(), role.attitude(), role.influence(), role.reportsToId(), contact.getNotes()));
			this.contacts.saveAndFlush(contact);
		}
	}

	/** The contact if the user may see its customer; otherwise not found. */
	@Transactional(readOnly = true)
	public Contact visible(UserPrincipal user, long contactId) {
		Contact contact = this.contacts.findById(contactId)
			.orElseThrow(() -> new org.salesteam.platform.NotFoundException(ContactQueries.ENTITY, contactId));
		try {
			this.access.visible(user, contact.getCustomerId());
		}
		catch (org.salesteam.platform.NotFoundException ex) {
			throw new org.salesteam.platform.NotFoundException(ContactQueries.ENTITY, contactId);
		}
		return contact;
	}

	private void checkReportsTo(long customerId, Long contactId, Long reportsToId) {
		if (reportsToId == null) {
			return;
		}
		Map<Long, Long> managerOf = new HashMap<>();
		this.contacts.findByCustomerIdOrderByInfluenceDescNameAsc(customerId)
			.forEach((other) -> managerOf.put(other.getId(), other.getReportsToId()));
		if (!managerOf.containsKey(reportsToId)) {
			throw BusinessRuleException.onField("reportsToId", "contact.error.reportsToOtherCustomer");
		}
		if (contactId != null && createsCycle(managerOf, contactId, reportsToId)) {
			throw BusinessRuleException.onField("reportsToId", "contact.error.reportsToCycle");
		}
	}

	/**
	 * Whether {@code contactId} would appear above itself if it reported to
	 * {@code reportsToId}.
	 */
	static boolean createsCycle(Map<Long, Long> managerOf, long contactId, long reportsToId) {
		Set<Long> seen = new HashSet<>();
		Long current = reportsToId;
		while (current != null && seen.add(current)) {
			if (current == contactId) {
				return true;
			}
			current = managerOf.get(current);
		}
		return false;
	}

}
