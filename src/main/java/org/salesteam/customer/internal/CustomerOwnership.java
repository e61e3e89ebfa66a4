package org.salesteam.customer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;

import org.salesteam.customer.Customer;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns a customer: a rep or manager claims from the pool up to the claim limit; a
 * manager transfers their team's customers (and pool customers) to a rep of the team; a
 * director or admin transfers any customer to any rep. Transfers are all or nothing.
 */
@Service
public class CustomerOwnership {

	private final CustomerRepository customers;

	private final CustomerAccess access;

	private final CustomerRules rules;

	private final OwnerChoices owners;

	private final Clock clock;

	CustomerOwnership(CustomerRepository customers, CustomerAccess access, CustomerRules rules, OwnerChoices owners,
			Clock clock) {
		this.customers = customers;
		this.access = access;
		this.rules = rules;
		this.owners = owners;
		this.clock = clock;
	}

	public static boolean mayClaim(UserPrincipal user) {
		return user.hasAnyRole(Role.REP, Role.MANAGER);
	}

	public static boolean mayTransfer(UserPrincipal user) {
		return user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
	}

	/** How many customers the user owns, against the claim limit. */
	public long ownedBy(UserPrincipal user) {
		return this.customers.countByOwnerId(user.id());
	}

	@Transactional
	public Customer claim(UserPrincipal user, long id) {
		if (!mayClaim(user)) {
			throw new AccessDeniedException("only reps and managers claim customers");
		}
		Customer customer = this.customers.findById(id)
			.filter((found) -> found.isInPool() || this.access.visibility(user).canSee(found.getOwnerId()))
			.orElseThrow(() -> new NotFoundException(CustomerAccess.ENTITY, id));
		int limit = this.rules.current().getClaimLimit();
		if (this.customers.countByOwnerId(user.id()) >= limit) {
			throw new BusinessRuleException("customer.error.claimLimit", limit);
		}
		customer.claim(user.id(), LocalDate.now(this.clock));
		return this.customers.save(customer);
	}

	/**
	 * @return how many customers changed owner
	 */
	@Transactional
	public int transfer(UserPrincipal user, Collection<Long> ids, long toOwnerId) {
		if (!mayTransfer(user)) {
			throw new AccessDeniedException("only managers transfer customers");
		}
		if (!this.owners.canAssign(user, toOwnerId)) {
			throw BusinessRuleException.onField("toRep", "customer.error.notAssignable");
		}
		Visibility visibility = this.access.visibility(user);
		LocalDate today = LocalDate.now(this.clock);
		int changed = 0;
		for (long id : ids) {
			Customer customer = this.customers.findById(id)
				.filter((found) -> visibility.canSee(found.getOwnerId()) || found.isInPool())
				.orElseThrow(() -> new NotFoundException(CustomerAccess.ENTITY, id));
			if (!java.util.Objects.equals(customer.getOwnerId(), toOwnerId)) {
				customer.transferTo(toOwnerId, today);
				this.customers.save(customer);
				changed++;
			}
		}
		return changed;
	}

}
