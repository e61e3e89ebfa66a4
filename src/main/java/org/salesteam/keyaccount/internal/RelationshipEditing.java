package org.salesteam.keyaccount.internal;

import java.util.ArrayList;
import java.util.List;

import org.salesteam.customer.Attitude;
import org.salesteam.customer.BuyingRole;
import org.salesteam.customer.Customers;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.stereotype.Service;

/**
 * {@code PUT …/relationship-map}: places contacts on the map — buying role, attitude,
 * influence, reports-to — through the customer module, which keeps its own rule of who
 * changes contacts (those who work on the customer; anyone else 404) and its audit trail.
 */
@Service
public class RelationshipEditing {

	/** One contact's place as asked for; role and attitude by name, blank for none. */
	public record Placement(Long id, String buyingRole, String attitude, Integer influence, Long reportsToId) {
	}

	private final Customers customers;

	private final KeyAccountAccess access;

	RelationshipEditing(Customers customers, KeyAccountAccess access) {
		this.customers = customers;
		this.access = access;
	}

	/** A customer the user may not read is not found, whatever the request. */
	public void place(UserPrincipal user, long customerId, List<Placement> placements) {
		this.access.readableCustomer(user, customerId);
		if (placements == null) {
			throw BusinessRuleException.onField("contacts", "keyaccount.error.members");
		}
		List<Customers.ContactRole> roles = new ArrayList<>();
		for (int i = 0; i < placements.size(); i++) {
			Placement p = placements.get(i);
			String field = "contacts[" + i + "]";
			if (p == null || p.id() == null) {
				throw BusinessRuleException.onField(field + ".id", "keyaccount.error.required");
			}
			roles.add(new Customers.ContactRole(p.id(), parse(BuyingRole.class, p.buyingRole(), field + ".buyingRole"),
					parse(Attitude.class, p.attitude(), field + ".attitude"),
					(p.influence() != null) ? p.influence() : 3, p.reportsToId()));
		}
		this.customers.placeContacts(user, customerId, roles);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException unknown) {
			throw BusinessRuleException.onField(field, "keyaccount.error.choice");
		}
	}

}
