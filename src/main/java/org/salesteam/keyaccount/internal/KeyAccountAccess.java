package org.salesteam.keyaccount.internal;

import java.util.List;

import org.salesteam.customer.Customers;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The module's one access class: which customers and portfolios a user may see. A
 * customer outside the user's visibility (by owner or account team, {@link Visibility})
 * and a portfolio the user neither owns nor oversees (directors and admins see all) are
 * answered like records that do not exist.
 */
@Component
public class KeyAccountAccess {

	static final String CUSTOMER = "entity.customer";

	static final String PORTFOLIO = "entity.portfolio";

	private final VisibilityPolicy visibilityPolicy;

	private final Customers customers;

	private final PortfolioRepository portfolios;

	KeyAccountAccess(VisibilityPolicy visibilityPolicy, Customers customers, PortfolioRepository portfolios) {
		this.visibilityPolicy = visibilityPolicy;
		this.customers = customers;
		this.portfolios = portfolios;
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

	/** The portfolios the user may see, newest year first. */
	public List<Portfolio> readablePortfolios(UserPrincipal user) {
		return overseesAll(user) ? this.portfolios.findAllByOrderByYearDescNameAsc()
				: this.portfolios.findByOwnerIdOrderByYearDescNameAsc(user.id());
	}

	private static boolean overseesAll(UserPrincipal user) {
		return user.hasAnyRole(Role.DIRECTOR, Role.ADMIN);
	}

}
