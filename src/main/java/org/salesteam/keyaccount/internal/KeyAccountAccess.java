package org.salesteam.keyaccount.internal;

import java.util.List;

import org.salesteam.customer.Customers;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The module's one access class: which customers, portfolios and key-account plans a user
 * may see, and who manages, plans for and decides on an account (ADR 0030, 0035). A
 * customer outside the user's visibility (by owner or account team, {@link Visibility}),
 * a plan of such a customer and a portfolio the user neither owns nor oversees (directors
 * and admins see all) are answered like records that do not exist.
 */
@Component
public class KeyAccountAccess {

	static final String CUSTOMER = "entity.customer";

	static final String PORTFOLIO = "entity.portfolio";

	static final String PLAN = "entity.keyAccountPlan";

	private final VisibilityPolicy visibilityPolicy;

	private final Customers customers;

	private final PortfolioRepository portfolios;

	private final TeamRows teams;

	private final PlanRepository plans;

	KeyAccountAccess(VisibilityPolicy visibilityPolicy, Customers customers, PortfolioRepository portfolios,
			TeamRows teams, PlanRepository plans) {
		this.visibilityPolicy = visibilityPolicy;
		this.customers = customers;
		this.portfolios = portfolios;
		this.teams = teams;
		this.plans = plans;
	}

	/** The customer if the user may read it, otherwise {@link NotFoundException}. */
	public Customers.CustomerSummary readableCustomer(UserPrincipal user, long customerId) {
		Visibility visibility = this.visibilityPolicy.of(user);
		return this.customers.find(customerId)
			.filter((customer) -> visibility.canSeeCustomer(customer.ownerId(), customer.id()))
			.orElseThrow(() -> new NotFoundException(CUSTOMER, customerId));
	}

	/** The subsidiaries of a customer that the user may read, by name. */
	public List<Customers.CustomerSummary> readableSubsidiaries(UserPrincipal user, long customerId) {
		Visibility visibility = this.visibilityPolicy.of(user);
		return this.customers.subsidiaries(customerId)
			.stream()
			.filter((child) -> visibility.canSeeCustomer(child.ownerId(), child.id()))
			.toList();
	}

	/**
	 * A key-account plan is read by whoever reads its customer (owner side or account
	 * team); otherwise 404, like a plan that does not exist.
	 */
	public KeyAccountPlan readablePlan(UserPrincipal user, long planId) {
		KeyAccountPlan plan = this.plans.findById(planId).orElseThrow(() -> new NotFoundException(PLAN, planId));
		Visibility visibility = this.visibilityPolicy.of(user);
		this.customers.find(plan.getCustomerId())
			.filter((customer) -> visibility.canSeeCustomer(customer.ownerId(), customer.id()))
			.orElseThrow(() -> new NotFoundException(PLAN, planId));
		return plan;
	}

	/**
	 * A plan the user writes: readable and of a customer they plan for; otherwise 404.
	 */
	public KeyAccountPlan writablePlan(UserPrincipal user, long planId) {
		KeyAccountPlan plan = readablePlan(user, planId);
		if (!mayPlan(user, plan.getCustomerId())) {
			throw new NotFoundException(PLAN, planId);
		}
		return plan;
	}

	/** Whether the user writes plans for the customer ({@link #plannableCustomer}). */
	public boolean mayPlan(UserPrincipal user, long customerId) {
		Visibility visibility = this.visibilityPolicy.of(user);
		return this.customers.find(customerId)
			.filter((customer) -> visibility.canSee(customer.ownerId())
					|| this.teams.isKeyAccountManager(customer.id(), user.id()))
			.isPresent();
	}

	/**
	 * Whether the user approves plans of the customer: its owner's manager (a manager who
	 * sees the owner), directors and admins.
	 */
	public boolean mayDecide(UserPrincipal user, long customerId) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			return false;
		}
		Long owner = this.customers.find(customerId).map(Customers.CustomerSummary::ownerId).orElse(null);
		return (owner != null) ? this.visibilityPolicy.of(user).canSee(owner) : overseesAll(user);
	}

	/**
	 * A customer whose designation and account team the user manages: managers, directors
	 * and admins (anyone else 403) on a customer they see by its owner — an account-team
	 * member reads the account but does not manage it (404, ADR 0022).
	 */
	public Customers.CustomerSummary managedCustomer(UserPrincipal user, long customerId) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("only managers and directors designate key accounts and their teams");
		}
		Visibility visibility = this.visibilityPolicy.of(user);
		return this.customers.find(customerId)
			.filter((customer) -> visibility.canSee(customer.ownerId()))
			.orElseThrow(() -> new NotFoundException(CUSTOMER, customerId));
	}

	/** {@link #managedCustomer} as a yes or no, for showing the forms. */
	public boolean mayManage(UserPrincipal user, Customers.CustomerSummary customer) {
		return user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN)
				&& this.visibilityPolicy.of(user).canSee(customer.ownerId());
	}

	/**
	 * A customer the user writes plans for: seen by its owner (the rep, their manager,
	 * directors, admins) or as its team's key-account manager; otherwise 404.
	 */
	public Customers.CustomerSummary plannableCustomer(UserPrincipal user, long customerId) {
		if (!mayPlan(user, customerId)) {
			throw new NotFoundException(CUSTOMER, customerId);
		}
		return this.customers.find(customerId).orElseThrow();
	}

	/**
	 * The condition on a customer's owner and id columns that keeps what the user reads.
	 */
	public Visibility.Where readableCustomers(UserPrincipal user, String ownerColumn, String customerColumn) {
		return this.visibilityPolicy.of(user).where(ownerColumn, customerColumn);
	}

	/**
	 * The condition on a customer's owner column that keeps those whose plans the user
	 * decides: a manager's team's, everything for directors and admins (nothing for
	 * others).
	 */
	public Visibility.Where decidedPlans(UserPrincipal user, String ownerColumn) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			return Visibility.nothing().where(ownerColumn, null);
		}
		return this.visibilityPolicy.of(user).where(ownerColumn, null);
	}

	/** {@link #mayDecide}, or 403. */
	public void checkMayDecide(UserPrincipal user, long customerId) {
		if (!mayDecide(user, customerId)) {
			throw new AccessDeniedException("only the manager or a director approves a key-account plan");
		}
	}

	/** Whether the user runs portfolio analyses: managers and directors (a rep → 403). */
	public void checkMayRunPortfolios(UserPrincipal user) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("only managers and directors run portfolio analyses");
		}
	}

	/** The portfolio if the user may see it (owner, director, admin), otherwise 404. */
	public Portfolio readablePortfolio(UserPrincipal user, long portfolioId) {
		return this.portfolios.findById(portfolioId)
			.filter((portfolio) -> overseesAll(user) || portfolio.getOwnerId() == user.id())
			.orElseThrow(() -> new NotFoundException(PORTFOLIO, portfolioId));
	}

	/**
	 * The portfolio if the user may change it: a manager or director (403 otherwise) who
	 * sees it (404 otherwise), while it is not locked (422 on {@code portfolio}).
	 */
	public Portfolio writablePortfolio(UserPrincipal user, long portfolioId) {
		checkMayRunPortfolios(user);
		Portfolio portfolio = readablePortfolio(user, portfolioId);
		if (portfolio.isLocked()) {
			throw BusinessRuleException.onField("portfolio", "keyaccount.error.locked");
		}
		return portfolio;
	}

	/** Only directors and admins reopen a locked portfolio (403 otherwise). */
	public void checkMayUnlock(UserPrincipal user) {
		if (!overseesAll(user)) {
			throw new AccessDeniedException("only directors reopen a locked portfolio");
		}
	}

	/** Only directors and admins change the service routing table (403 otherwise). */
	public void checkMayEditRouting(UserPrincipal user) {
		if (!overseesAll(user)) {
			throw new AccessDeniedException("only directors change the service routing");
		}
	}

	/** Whether the user may change the service routing table. */
	public boolean mayEditRouting(UserPrincipal user) {
		return overseesAll(user);
	}

	/**
	 * Last year's portfolio of the same scope that the user may see (the newest if
	 * several), for the movement of the accounts.
	 */
	public java.util.Optional<Portfolio> previousPortfolio(UserPrincipal user, Portfolio portfolio) {
		return this.portfolios.findByScopeAndYearOrderByIdDesc(portfolio.getScope(), portfolio.getYear() - 1)
			.stream()
			.filter((p) -> overseesAll(user) || p.getOwnerId() == user.id())
			.findFirst();
	}

	/** The portfolios the user may see, newest year first. */
	public List<Portfolio> readablePortfolios(UserPrincipal user) {
		return overseesAll(user) ? this.portfolios.findAllByOrderByYearDescNameAsc()
				: this.portfolios.findByOwnerIdOrderByYearDescNameAsc(user.id());
	}

	private static boolean overseesAll(UserPrincipal user) {
		return user.hasAnyRole(Role.DIRECTOR, Role.ADMIN);
	}

}
