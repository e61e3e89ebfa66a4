package org.salesteam.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The customer module's API for other modules. These calls apply no user's visibility:
 * callers apply their own when they show the results.
 */
public interface Customers {

	/** What other modules need to know of a customer. */
	record CustomerSummary(long id, String code, String name, Long ownerId, Long territoryId, Long segmentId,
			CustomerStatus status, CustomerClass customerClass, boolean keyAccount, java.math.BigDecimal creditLimit,
			int paymentTermsDays) {
	}

	/**
	 * An upgrade of class (C→B, B→A, C→A) on a date, credited to the owner of that day.
	 */
	record ClassUpgrade(long customerId, Long ownerId, CustomerClass from, CustomerClass to, LocalDate on) {
	}

	Optional<CustomerSummary> find(long customerId);

	/**
	 * The direct subsidiaries and plants of a customer (those whose parent it is), by
	 * name; empty for a customer without any.
	 */
	List<CustomerSummary> subsidiaries(long parentCustomerId);

	/**
	 * A visit, order or other contact on {@code on}: keeps the customer out of the pool.
	 * Earlier dates than the recorded one are ignored.
	 */
	void recordActivity(long customerId, LocalDate on);

	/**
	 * The customer's first non-cancelled order: a prospect becomes active and
	 * {@link ProspectConverted} is published. A later call with an earlier date (a
	 * backdated order, imported history) moves the first-order date earlier and publishes
	 * nothing; other repeated calls change nothing.
	 */
	void recordFirstOrder(long customerId, LocalDate on);

	/**
	 * An order of the customer was cancelled: {@code earliestRemaining} is the earliest
	 * order date still placed, or {@code null} when none is left, which turns an active
	 * customer back into a prospect.
	 */
	void recordOrderWithdrawn(long customerId, LocalDate earliestRemaining);

	/**
	 * Registers a prospect (潜在客户) by name only, for a visit planned in the same step:
	 * owned by {@code user} (a rep or manager), with a generated code and no potential
	 * (class C), as the customer form would with the same rights. Returns the new
	 * customer's id.
	 */
	long registerProspect(org.salesteam.platform.UserPrincipal user, String name);

	/**
	 * The user marks a customer lost (流失) with the reason, as on the customer page: only
	 * a customer the user works on (its owner, their manager, a director or admin), else
	 * {@link org.salesteam.platform.NotFoundException}; a blank reason is a
	 * {@link org.salesteam.platform.BusinessRuleException} on {@code reason}, an already
	 * lost customer one without a field. Publishes {@link CustomerLost}.
	 */
	void markLost(org.salesteam.platform.UserPrincipal user, long customerId, String reason);

	/**
	 * A contact's place on the key-account relationship map: buying role, attitude,
	 * influence 1–5 and the contact they report to (null: none).
	 */
	record ContactRole(long contactId, BuyingRole buyingRole, Attitude attitude, int influence, Long reportsToId) {
	}

	/**
	 * Places contacts of the customer on the relationship map, as the contact form would
	 * change those fields: only for a user who works on the customer and only its
	 * contacts ({@link org.salesteam.platform.NotFoundException} otherwise); influence
	 * outside 1–5 is a {@link org.salesteam.platform.BusinessRuleException} on
	 * {@code contacts[i].influence}, a reporting line to another customer's contact or in
	 * a cycle one on {@code reportsToId}. All or nothing.
	 */
	void placeContacts(org.salesteam.platform.UserPrincipal user, long customerId, List<ContactRole> roles);

	/**
	 * Sets the customer's key-account flag (大客户), as the key-account designation decides
	 * it; recorded in the customer's audit trail. The caller has checked the user's
	 * rights. An unknown customer is a {@link org.salesteam.platform.NotFoundException}.
	 */
	void markKeyAccount(long customerId, boolean keyAccount);

	/** Upgrades of class with a date in {@code [from, to]}, oldest first. */
	List<ClassUpgrade> upgradesBetween(LocalDate from, LocalDate to);

	/**
	 * The sum of the annual purchase potential of the customers (any status) each of
	 * these owners holds; an owner without customers maps to zero.
	 */
	java.util.Map<Long, java.math.BigDecimal> potentialByOwner(java.util.Collection<Long> ownerIds);

	/**
	 * Registers a prospect (潜在客户) another customer referred to us (source REFERRAL), by
	 * name, for {@code ownerId} (null: the pool), with the rights of the customer form: a
	 * rep registers for themselves, a manager, director or admin for a rep they may
	 * assign (else a {@link org.salesteam.platform.BusinessRuleException} on
	 * {@code ownerId}); other roles are denied. A stored customer with the same name key
	 * ({@link CompanyNames#key}) — whoever owns it — is a
	 * {@link org.salesteam.platform.BusinessRuleException} on {@code name}, and nothing
	 * is written. Returns the new customer's id.
	 */
	long registerReferral(org.salesteam.platform.UserPrincipal user, String name, Long ownerId);

}
