package org.salesteam.customer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
 * into the pool. The code is automatic ({@link CustomerCodes}): only an admin may type
 * one on registration or change it later; anyone else's code is ignored (a new customer
 * gets the next automatic code, a stored one keeps its code). A registration whose name
 * or tax id matches a stored customer ({@link SimilarCustomers}) needs the user's
 * confirmation.
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

	private final CustomerCodes codes;

	private final SimilarCustomers similar;

	private final DuplicateKeys keys;

	CustomerEditing(CustomerRepository customers, CustomerAccess access, CustomerRules rules, ClassHistory history,
			OwnerChoices owners, ReferenceData reference, Clock clock, CustomerCodes codes, SimilarCustomers similar,
			DuplicateKeys keys) {
		this.codes = codes;
		this.similar = similar;
		this.keys = keys;
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
		return register(user, profile, ownerId, true);
	}

	/**
	 * Registers a customer after the duplicate check: unless {@code confirmed}, a stored
	 * customer with the same name key or tax id refuses the registration with
	 * {@link DuplicateCustomerException} listing the similar customers.
	 */
	@Transactional
	public Customer register(UserPrincipal user, CustomerProfile profile, Long ownerId, boolean confirmed) {
		if (!user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("no customer rights");
		}
		Long owner = user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN) ? ownerId : Long.valueOf(user.id());
		if (owner != null && !this.owners.canAssign(user, owner)) {
			throw BusinessRuleException.onField("ownerId", "customer.error.notAssignable");
		}
		if (!confirmed) {
			List<SimilarCustomers.Match> matches = this.similar.find(user, profile.name(), profile.phone(),
					profile.taxId(), null);
			if (matches.stream().anyMatch(SimilarCustomers.Match::exact)) {
				throw new DuplicateCustomerException(matches);
			}
		}
		checkReferences(profile);
		if (!user.hasRole(Role.ADMIN) || profile.code() == null) {
			profile = profile.withCode(this.codes.next());
		}
		else if (this.customers.existsByCode(profile.code())) {
			throw BusinessRuleException.onField("code", "customer.error.codeTaken", profile.code());
		}
		LocalDate today = LocalDate.now(this.clock);
		CustomerClass computed = this.rules.current().classification().classify(profile.potential());
		Customer customer = this.customers.saveAndFlush(new Customer(profile, computed, owner, today));
		this.keys.write(customer.getId(), profile.name(), profile.phone());
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
		if (!user.hasRole(Role.ADMIN) || profile.code() == null) {
			profile = profile.withCode(customer.getCode());
		}
		else if (this.customers.existsByCodeAndIdNot(profile.code(), id)) {
			throw BusinessRuleException.onField("code", "customer.error.codeTaken", profile.code());
		}
		customer.describe(profile);
		this.keys.write(id, profile.name(), profile.phone());
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
