package org.salesteam.customer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.customer.Attitude;
import org.salesteam.customer.Contact;
import org.salesteam.customer.Customer;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts of a visible customer, as a list and as a reporting tree (the org chart).
 */
@Component
public class ContactQueries {

	static final String ENTITY = "entity.contact";

	/** A contact and the contacts who report to them. */
	public record Node(Contact contact, List<Node> reports) {
	}

	private final ContactRepository contacts;

	private final CustomerAccess access;

	ContactQueries(ContactRepository contacts, CustomerAccess access) {
		this.contacts = contacts;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public List<Contact> of(UserPrincipal user, long customerId) {
		Customer customer = this.access.readable(user, customerId);
		return this.contacts.findByCustomerIdOrderByInfluenceDescNameAsc(customer.getId());
	}

	/**
	 * The reporting trees of a customer's contacts: one root per contact who reports to
	 * nobody (or to someone no longer there).
	 */
	@Transactional(readOnly = true)
	public List<Node> orgChart(UserPrincipal user, long customerId) {
		return tree(of(user, customerId));
	}

	static List<Node> tree(List<Contact> all) {
		Map<Long, Node> nodes = new LinkedHashMap<>();
		all.forEach((contact) -> nodes.put(contact.getId(), new Node(contact, new ArrayList<>())));
		List<Node> roots = new ArrayList<>();
		for (Node node : nodes.values()) {
			Node parent = (node.contact().getReportsToId() != null) ? nodes.get(node.contact().getReportsToId()) : null;
			(parent != null ? parent.reports() : roots).add(node);
		}
		return roots;
	}

	public static String colour(Attitude attitude) {
		if (attitude == null) {
			return "#6c757d";
		}
		return switch (attitude) {
			case SUPPORTER -> "#198754";
			case NEUTRAL -> "#6c757d";
			case OPPONENT -> "#dc3545";
		};
	}

}
