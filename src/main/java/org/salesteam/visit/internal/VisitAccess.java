package org.salesteam.visit.internal;

import org.salesteam.visit.Visit;
import org.salesteam.customer.Customers;
import org.salesteam.customer.Customers.CustomerSummary;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads visits and customers for a user with their visibility: visits by the visiting rep
 * inside the query, customers by their owner. Anything invisible is answered exactly like
 * something that does not exist.
 */
@Component
public class VisitAccess {

	static final String VISIT = "entity.visit";

	static final String CUSTOMER = "entity.customer";

	static final String PLAN = "entity.visitPlan";

	private final VisibilityPolicy policy;

	private final VisitRepository visits;

	private final Customers customers;

	private final JdbcClient jdbc;

	VisitAccess(VisibilityPolicy policy, VisitRepository visits, Customers customers, JdbcClient jdbc) {
		this.policy = policy;
		this.visits = visits;
		this.customers = customers;
		this.jdbc = jdbc;
	}

	public Visibility visibility(UserPrincipal user) {
		return this.policy.of(user);
	}

	/**
	 * The condition for the visits the user sees — by the visiting rep, or on the
	 * customer's account team — for a query whose visit table is {@code v}.
	 */
	public Visibility.Where visits(UserPrincipal user) {
		return visibility(user).where("v.rep_id", "v.customer_id");
	}

	/** Every visit: for the system's own reads (a rep's week being reviewed). */
	Visibility.Where everyVisit() {
		return Visibility.everything().where("v.rep_id", "v.customer_id");
	}

	/**
	 * The condition for rows the user sees by owner alone ({@code ownerColumn}): the
	 * choices of forms, where an account-team member may not plan for another rep.
	 */
	public Visibility.Where byOwner(UserPrincipal user, String ownerColumn) {
		return visibility(user).where(ownerColumn, null);
	}

	public Visit visit(UserPrincipal user, long id) {
		Visibility visibility = visibility(user);
		return (visibility.all() ? this.visits.findById(id)
				: this.visits.findByIdAndRepIdIn(id, visibility.ownerIdsForQuery()))
			.orElseThrow(() -> new NotFoundException(VISIT, id));
	}

	/** The customer if the user may see it (by its owner); otherwise 404. */
	public CustomerSummary customer(UserPrincipal user, long customerId) {
		Visibility visibility = visibility(user);
		return this.customers.find(customerId)
			.filter((customer) -> visibility.canSee(customer.ownerId()))
			.orElseThrow(() -> new NotFoundException(CUSTOMER, customerId));
	}

	/** The customer's name, for pages that already checked the visit's visibility. */
	public String customerName(long customerId) {
		return this.customers.find(customerId).map(CustomerSummary::name).orElse(null);
	}

	/**
	 * Whether the user reviews the work of {@code repId}: a director, or a manager whose
	 * team includes that rep (never their own work).
	 */
	public boolean isSuperiorOf(UserPrincipal user, long repId) {
		if (user.hasRole(Role.DIRECTOR)) {
			return true;
		}
		return user.hasRole(Role.MANAGER) && repId != user.id() && visibility(user).canSee(repId);
	}

	/**
	 * A linked opportunity must be one of the visit's customer. Reads the sales module's
	 * table (read only): sales has no public lookup of a single opportunity, and
	 * depending on its internals would couple the modules more than one query does.
	 */
	void checkOpportunity(Long opportunityId, long customerId) {
		if (opportunityId == null) {
			return;
		}
		boolean ofCustomer = this.jdbc.sql("select count(*) from opportunity where id = :id and customer_id = :c")
			.param("id", opportunityId)
			.param("c", customerId)
			.query(Long.class)
			.single() > 0;
		if (!ofCustomer) {
			throw BusinessRuleException.onField("opportunityId", "visit.validation.opportunity");
		}
	}

	/**
	 * Linked contacts must all be the visit's customer's (ADR 0048): any other id —
	 * another customer's contact or none at all — is a 422 on {@code contactIds}. Reads
	 * the customer module's contact table (read only), as {@link #checkOpportunity} does.
	 */
	void checkContacts(java.util.Collection<Long> contactIds, long customerId) {
		if (contactIds == null || contactIds.isEmpty()) {
			return;
		}
		java.util.Set<Long> asked = new java.util.HashSet<>(contactIds);
		if (asked.contains(null)) {
			throw BusinessRuleException.onField("contactIds", "visit.validation.contact");
		}
		long ofCustomer = this.jdbc.sql("select count(*) from contact where customer_id = :c and id in (:ids)")
			.param("c", customerId)
			.param("ids", asked)
			.query(Long.class)
			.single();
		if (ofCustomer != asked.size()) {
			throw BusinessRuleException.onField("contactIds", "visit.validation.contact");
		}
	}

}
