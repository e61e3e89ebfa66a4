package org.salesteam.customer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.platform.UserPrincipal;

/**
 * Bulk reads and writes of customers and contacts for file imports, as JDBC batches in
 * the caller's transaction. The caller has checked every row against the user's rights
 * (visibility of stored customers, {@link #assignableOwners}); these methods keep the
 * customer's own rules: a new customer is a prospect whose class follows its potential, a
 * changed potential re-classifies unless the class was set by hand, every class change is
 * recorded and published as {@link CustomerClassChanged}, a change of owner is published
 * as {@link CustomerTransferred}, and every customer created or changed gets one audit
 * entry naming the writer's source (ADR 0023). Optimistic locking holds: a record changed
 * by someone else since it was read fails the write.
 */
public interface CustomerImports {

	/**
	 * Who writes and where from: the user's id and name, and the source the audit entries
	 * name (e.g. {@code importJob:<id>}). Every customer created or changed gets one
	 * entry in its change log, field by field, written in one batch per call.
	 */
	record Writer(long userId, String username, String source) {
	}

	/** A stored customer as an import compares it with a file's row. */
	record StoredCustomer(long id, int version, Long ownerId, CustomerProfile profile) {
	}

	/** A customer to register; {@code ownerId} null puts it into the pool. */
	record NewCustomer(CustomerProfile profile, Long ownerId) {
	}

	/** New data for a stored customer; {@code ownerId} is the (possibly new) owner. */
	record CustomerChange(StoredCustomer stored, CustomerProfile profile, Long ownerId) {
	}

	/** A stored contact as an import compares it with a file's row. */
	record StoredContact(long id, int version, long customerId, Contact.Details details) {
	}

	record NewContact(long customerId, Contact.Details details) {
	}

	record ContactChange(StoredContact stored, Contact.Details details) {
	}

	/**
	 * A customer's orders after an import: {@code first} the date of its earliest placed
	 * order, {@code latest} the latest date of the placed orders the import wrote (or
	 * null).
	 */
	record PlacedOrders(LocalDate first, LocalDate latest) {
	}

	/**
	 * A stored customer with the keys of the duplicate check (查重, {@link CompanyNames}).
	 */
	record KeyedCustomer(long id, String code, Long ownerId, String nameKey, String taxId) {
	}

	/**
	 * The stored customers whose name key or tax id is among these (keys as
	 * {@link CompanyNames} writes them).
	 */
	List<KeyedCustomer> findByKeys(Collection<String> nameKeys, Collection<String> taxIds);

	/**
	 * {@code count} new automatic customer codes (the administrator's pattern), drawn in
	 * the caller's transaction.
	 */
	List<String> newCodes(int count);

	/** The stored customers with these codes (upper case), by code. */
	Map<String, StoredCustomer> findCustomers(Collection<String> codes);

	/** The stored contacts of these customers. */
	List<StoredContact> findContacts(Collection<Long> customerIds);

	/** The users to whom {@code user} may give customers (a rep: only themselves). */
	Set<Long> assignableOwners(UserPrincipal user);

	void createCustomers(List<NewCustomer> customers, Writer by, LocalDate on);

	void changeCustomers(List<CustomerChange> changes, Writer by, LocalDate on);

	/**
	 * The audited fields (as the customer's change log names them) whose values differ
	 * between the stored customer and {@code profile} with {@code ownerId}, in order.
	 */
	static List<String> changedFields(StoredCustomer stored, CustomerProfile profile, Long ownerId) {
		List<String> fields = new java.util.ArrayList<>();
		for (ProfileField field : ProfileField.values()) {
			if (!java.util.Objects.equals(field.value(stored.profile()), field.value(profile))) {
				fields.add(field.key());
			}
		}
		if (!java.util.Objects.equals(stored.ownerId(), ownerId)) {
			fields.add("ownerId");
		}
		return fields;
	}

	void createContacts(List<NewContact> contacts, Writer by);

	void changeContacts(List<ContactChange> changes, Writer by);

	/**
	 * For each customer, what {@link Customers#recordFirstOrder} with {@code first} and
	 * then {@link Customers#recordActivity} with {@code latest} do, in one batch: the
	 * first-order date moves earlier, the latest activity later, a prospect without a
	 * first order becomes active and its conversion is recorded. Lost customers and
	 * unknown ids are skipped. Like the other bulk writes, it publishes no
	 * {@link ProspectConverted} per customer (the conversion history is written directly)
	 * and leaves no audit entry per customer (ADR 0008). A customer changed by someone
	 * else meanwhile fails the write.
	 */
	void recordPlacedOrders(Map<Long, PlacedOrders> orders);

}
