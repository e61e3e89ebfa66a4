package org.salesteam.customer.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.customer.Customer;
import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.CustomerProfile;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and revises customers. The class follows the potential automatically; a rep
 * registers customers for themselves, managers and above for any rep they may assign or
 * into the pool.
 */
@Service
public class CustomerEditing {

	private final CustomerRepository customers;

	private final CustomerAccess access;

	private final CustomerRules rules;

	private final ClassHistory history;

	private final OwnerChoices owners;

	private final ReferenceData reference;

	private final Clock clock;

	CustomerEditing(CustomerRepository customers, CustomerAccess access, CustomerRules rules, ClassHistory history,
			OwnerChoices owners, ReferenceData reference, Clock clock) {
		this.customers = customers;
		this.access = access;
		this.rules = rules;
		this.history = history;
		this.owners = owners;
		this.reference = reference;
		this.clock = clock;
	}

	/**
	 * @param ownerId the owner chosen by a manager, director or admin (null: the pool);
	 * ignored for a rep, who always registers for themselves
	 */
	@Transactional
	public Customer register(UserPrincipal user, CustomerProfile profile, Long ownerId) {
		if (!user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("no customer rights");
		}
		Long owner = user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN) ? ownerId : Long.valueOf(user.id());
		if (owner != null && !this.owners.canAssign(user, owner)) {
			throw BusinessRuleException.onField("ownerId", "customer.error.notAssignable");
		}
		checkReferences(profile);
		if (this.customers.existsByCode(profile.code())) {
			throw BusinessRuleException.onField("code", "customer.error.codeTaken", profile.code());
		}
		LocalDate today = LocalDate.now(this.clock);
		CustomerClass computed = this.rules.current().classification().classify(profile.potential());
		Customer customer = this.customers.save(new Customer(profile, computed, owner, today));
		this.history.record(customer, new org.salesteam.customer.ClassChange(null, computed), today, true, null,
				user.id());
		return customer;
	}

	/**
	 * Changes a visible customer's data if nobody changed it since {@code version} was
	 * read.
	 */
	@Transactional
	public Customer revise(UserPrincipal user, long id, int version, CustomerProfile profile) {
		Customer customer = this.access.visible(user, id);
		if (customer.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Customer.class, id);
		}
		checkReferences(profile);
		if (this.customers.existsByCodeAndIdNot(profile.code(), id)) {
			throw BusinessRuleException.onField("code", "customer.error.codeTaken", profile.code());
		}
		customer.describe(profile);
		CustomerClass computed = this.rules.current().classification().classify(profile.potential());
		customer.applyAutomaticClass(computed)
			.ifPresent((change) -> this.history.record(customer, change, LocalDate.now(this.clock), true, null,
					user.id()));
		return this.customers.save(customer);
	}

	private void checkReferences(CustomerProfile profile) {
		if (profile.territoryId() != null && !this.reference.territoryExists(profile.territoryId())) {
			throw BusinessRuleException.onField("territoryId", "customer.error.unknownTerritory");
		}
		if (profile.segmentId() != null && !this.reference.segmentExists(profile.segmentId())) {
			throw BusinessRuleException.onField("segmentId", "customer.error.unknownSegment");
		}
	}

}
