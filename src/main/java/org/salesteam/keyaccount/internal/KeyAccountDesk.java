package org.salesteam.keyaccount.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.salesteam.customer.Customers;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One account as key-account management sees it: the designation criteria (class,
 * potential, strategic fit), the key-account manager with how many key accounts they hold
 * — a warning above the configured limit (default 15) — and the account team. Read by
 * anyone who reads the customer (owner side or account team).
 */
@Service
public class KeyAccountDesk {

	/** The key-account manager and how many key accounts they hold. */
	public record Manager(long userId, String name, int keyAccounts, boolean overloaded) {
	}

	/** The account's key-account view. */
	public record Account(long customerId, String code, String name, boolean keyAccount, String customerClass,
			BigDecimal potential, Integer strategicFit, String reason, LocalDate designatedOn, Manager manager,
			int managerLimit, List<TeamMember> team, boolean mayManage) {
	}

	private final KeyAccountAccess access;

	private final DesignationRepository designations;

	private final TeamRows teams;

	private final TeamDirectory directory;

	private final JdbcClient jdbc;

	private final int managerLimit;

	KeyAccountDesk(KeyAccountAccess access, DesignationRepository designations, TeamRows teams, TeamDirectory directory,
			JdbcClient jdbc, @Value("${salesteam.keyaccount.max-accounts-per-manager:15}") int managerLimit) {
		this.access = access;
		this.designations = designations;
		this.teams = teams;
		this.directory = directory;
		this.jdbc = jdbc;
		this.managerLimit = managerLimit;
	}

	/** The account, 404 when the user may not read the customer. */
	@Transactional(readOnly = true)
	public Account of(UserPrincipal user, long customerId) {
		Customers.CustomerSummary customer = this.access.readableCustomer(user, customerId);
		Optional<KeyAccountDesignation> designation = this.designations.findByCustomerId(customerId);
		List<TeamMember> team = this.teams.members(customerId);
		Long managerId = team.stream()
			.filter((m) -> m.role() == TeamRole.KEY_ACCOUNT_MANAGER)
			.map(TeamMember::userId)
			.findFirst()
			.orElse(customer.ownerId());
		Manager manager = (managerId == null) ? null : manager(managerId);
		BigDecimal potential = this.jdbc.sql("select potential from customer where id = :id")
			.param("id", customerId)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
		return new Account(customer.id(), customer.code(), customer.name(), customer.keyAccount(),
				(customer.customerClass() != null) ? customer.customerClass().name() : null, potential,
				designation.map(KeyAccountDesignation::getStrategicFit).orElse(null),
				designation.map(KeyAccountDesignation::getReason).orElse(null),
				designation.map(KeyAccountDesignation::getDesignatedOn).orElse(null), manager, this.managerLimit, team,
				this.access.mayManage(user, customer));
	}

	private Manager manager(long userId) {
		int held = this.teams.keyAccountsManagedBy(userId);
		String name = this.directory.findMember(userId).map(TeamDirectory.Member::displayName).orElse("?");
		return new Manager(userId, name, held, held > this.managerLimit);
	}

}
