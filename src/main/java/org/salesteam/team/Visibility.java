package org.salesteam.team;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.platform.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which owners' records a user may see — the one rule every module applies <em>inside its
 * queries</em>:
 * <ul>
 * <li>directors and admins see every record;</li>
 * <li>a manager sees their own records and those of the reps in the teams they
 * manage;</li>
 * <li>a rep sees the records they own;</li>
 * <li>support staff see none of the sales records by owner;</li>
 * <li>whoever is on a customer's account team (any role, support staff included) sees
 * that customer's records: the customer, its orders, opportunities, visits and
 * activities, and its KPI figures.</li>
 * </ul>
 * Roles add up: a manager who is also a rep sees the union.
 * <p>
 * Queries apply it through {@link #where}, from the one access class of each module
 * (ArchitectureTests keeps it so).
 *
 * @param all whether every owner is visible
 * @param ownerIds the visible owners' user ids when {@code all} is false (may be empty:
 * nothing visible by owner)
 * @param accountIds the customers whose account team the user is on (visible whatever
 * their owner)
 */
public record Visibility(boolean all, Set<Long> ownerIds, Set<Long> accountIds) {

	/**
	 * Never matches a real id: keeps {@code owner_id in (:ids)} valid SQL when nothing is
	 * visible.
	 */
	public static final long NO_OWNER = -1L;

	private static final String EVERYTHING = "1 = 1";

	public Visibility {
		ownerIds = Set.copyOf(ownerIds);
		accountIds = Set.copyOf(accountIds);
	}

	public static Visibility everything() {
		return new Visibility(true, Set.of(), Set.of());
	}

	public static Visibility nothing() {
		return new Visibility(false, Set.of(), Set.of());
	}

	/**
	 * The policy itself, free of any lookup so that it can be tested on its own.
	 * @param roles the user's roles
	 * @param userId the user's id
	 * @param managedRepIds ids of the members of the teams the user manages (ignored
	 * unless MANAGER)
	 */
	public static Visibility decide(Set<Role> roles, long userId, Collection<Long> managedRepIds) {
		return decide(roles, userId, managedRepIds, List.of());
	}

	/**
	 * {@link #decide(Set, long, Collection)} with the customers whose account team the
	 * user is on.
	 */
	public static Visibility decide(Set<Role> roles, long userId, Collection<Long> managedRepIds,
			Collection<Long> accountCustomerIds) {
		Set<Role> held = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		if (held.contains(Role.DIRECTOR) || held.contains(Role.ADMIN)) {
			return everything();
		}
		Set<Long> owners = new java.util.HashSet<>();
		if (held.contains(Role.MANAGER)) {
			owners.add(userId);
			owners.addAll(managedRepIds);
		}
		if (held.contains(Role.REP)) {
			owners.add(userId);
		}
		return new Visibility(false, owners, Set.copyOf(accountCustomerIds));
	}

	/**
	 * Whether a record owned by {@code ownerId} is visible; an unowned record is visible
	 * only to "all".
	 */
	public boolean canSee(Long ownerId) {
		return this.all || (ownerId != null && this.ownerIds.contains(ownerId));
	}

	/**
	 * Whether the records of a customer owned by {@code ownerId} are visible: by their
	 * owner, or because the user is on the customer's account team.
	 */
	public boolean canSeeCustomer(Long ownerId, long customerId) {
		return canSee(ownerId) || this.accountIds.contains(customerId);
	}

	/**
	 * The condition for rows whose owner is {@code ownerColumn} and whose customer is
	 * {@code customerColumn} (SQL expressions of the caller's query; {@code null} when
	 * the rows belong to no customer, e.g. users or goals). Values are bound as
	 * parameters named {@code visibleOwners} and {@code visibleAccounts}, never spliced.
	 */
	public Where where(String ownerColumn, String customerColumn) {
		if (this.all) {
			return new Where(EVERYTHING, Map.of());
		}
		Map<String, Object> params = new HashMap<>();
		params.put("visibleOwners", idsForQuery(this.ownerIds));
		String byOwner = ownerColumn + " in (:visibleOwners)";
		if (customerColumn == null || this.accountIds.isEmpty()) {
			return new Where(byOwner, params);
		}
		params.put("visibleAccounts", idsForQuery(this.accountIds));
		return new Where("(" + byOwner + " or " + customerColumn + " in (:visibleAccounts))", params);
	}

	/**
	 * The owner ids to bind into {@code owner_id in (:ids)}; never empty. Only meaningful
	 * when not {@link #all}.
	 */
	public List<Long> ownerIdsForQuery() {
		return idsForQuery(this.ownerIds);
	}

	private static List<Long> idsForQuery(Set<Long> ids) {
		return ids.isEmpty() ? List.of(NO_OWNER) : List.copyOf(ids);
	}

	/**
	 * A visibility condition for a SQL where clause and the parameters it names.
	 *
	 * @param sql the condition, e.g. {@code (c.owner_id in (:visibleOwners) or c.id in
	 * (:visibleAccounts))}
	 * @param params the values to bind by name
	 */
	public record Where(String sql, Map<String, Object> params) {

		public Where {
			params = Map.copyOf(params);
		}

		/**
		 * Whether the condition admits every row (a director's or an admin's visibility,
		 * no scope): a query may then leave out the join it needs only for the condition.
		 */
		public boolean isEverything() {
			return EVERYTHING.equals(this.sql) && this.params.isEmpty();
		}

		/** Binds the parameters to a statement. */
		public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			JdbcClient.StatementSpec bound = statement;
			for (Map.Entry<String, Object> param : this.params.entrySet()) {
				bound = bound.param(param.getKey(), param.getValue());
			}
			return bound;
		}

	}

}
