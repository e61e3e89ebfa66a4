package org.salesteam.sales.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.salesteam.customer.Customers.CustomerSummary;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.Products;
import org.salesteam.sales.Opportunity;
import org.salesteam.sales.OpportunityData;
import org.salesteam.sales.OpportunityStage;
import org.salesteam.team.TeamDirectory;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, revises and moves opportunities of customers the user can see. The owner is the
 * customer's owner unless a manager or director names another rep they can see; a won or
 * lost opportunity is reopened only by a manager of its rep or a director.
 */
@Service
public class OpportunityEditing {

	private final SalesAccess access;

	private final OpportunityRepository opportunities;

	private final Products products;

	private final TeamDirectory directory;

	private final Clock clock;

	OpportunityEditing(SalesAccess access, OpportunityRepository opportunities, Products products,
			TeamDirectory directory, Clock clock) {
		this.access = access;
		this.opportunities = opportunities;
		this.products = products;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional
	public Opportunity open(UserPrincipal user, long customerId, Long ownerId, OpportunityData data) {
		if (!user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("no sales rights");
		}
		CustomerSummary customer = this.access.customer(user, customerId);
		Long owner = owner(user, ownerId, customer);
		checkProducts(data);
		return this.opportunities.save(new Opportunity(customer.id(), owner, data, this.clock.instant(), user.id()));
	}

	@Transactional
	public Opportunity revise(UserPrincipal user, long id, int version, OpportunityData data) {
		Opportunity opportunity = this.access.opportunity(user, id);
		if (opportunity.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Opportunity.class, id);
		}
		checkProducts(data);
		opportunity.describe(data);
		return this.opportunities.save(opportunity);
	}

	@Transactional
	public Opportunity move(UserPrincipal user, long id, OpportunityStage to, String lostReason, String competitor) {
		Opportunity opportunity = this.access.opportunity(user, id);
		boolean mayReopen = this.access.isSuperiorOf(user, opportunity.getOwnerId());
		opportunity.moveTo(to, lostReason, competitor, mayReopen, LocalDate.now(this.clock), this.clock.instant(),
				user.id());
		return this.opportunities.save(opportunity);
	}

	private Long owner(UserPrincipal user, Long requested, CustomerSummary customer) {
		if (requested == null || Objects.equals(requested, customer.ownerId())) {
			if (customer.ownerId() != null) {
				return customer.ownerId();
			}
			if (user.hasAnyRole(Role.REP, Role.MANAGER)) {
				return user.id();
			}
			throw BusinessRuleException.onField("ownerId", "sales.error.ownerRequired");
		}
		boolean member = this.directory.findMember(requested).filter(TeamDirectory.Member::active).isPresent();
		if (!member || !this.access.visibility(user).canSee(requested)) {
			throw BusinessRuleException.onField("ownerId", "sales.error.ownerNotAllowed");
		}
		return requested;
	}

	private void checkProducts(OpportunityData data) {
		var known = this.products.findAll(data.lines().stream().map(OpportunityData.Line::productId).toList());
		for (int i = 0; i < data.lines().size(); i++) {
			OpportunityData.Line line = data.lines().get(i);
			if (!known.containsKey(line.productId())) {
				throw BusinessRuleException.onField("lines[" + i + "].productId", "sales.order.error.unknownProduct");
			}
			if (line.quantity() == null || line.quantity().signum() <= 0) {
				throw BusinessRuleException.onField("lines[" + i + "].quantity", "sales.validation.positive");
			}
			if (line.amount() == null || line.amount().signum() < 0) {
				throw BusinessRuleException.onField("lines[" + i + "].amount", "sales.validation.notNegative");
			}
		}
		if (data.amount().signum() < 0) {
			throw BusinessRuleException.onField("amount", "sales.validation.notNegative");
		}
	}

}
