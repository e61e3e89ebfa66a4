package org.salesteam.performance.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiScope;
import org.salesteam.team.Visibility;

/**
 * A resolved scope as a condition on a query's credited rep, territory and customer
 * columns; values are always bound as parameters ({@link #params()}), never spliced into
 * the SQL.
 *
 * @param scope the scope asked for
 * @param ownerId the rep of a rep scope
 * @param territoryIds the territory and every territory below it, of a territory scope
 * @param accountIds the customer of a customer scope, the key accounts of a key-accounts
 * scope
 * @param segmentId the segment of a segment scope
 */
record ScopeFilter(KpiScope scope, Long ownerId, List<Long> territoryIds, List<Long> accountIds, Long segmentId) {

	ScopeFilter {
		territoryIds = (territoryIds != null) ? List.copyOf(territoryIds) : List.of();
		accountIds = (accountIds != null) ? List.copyOf(accountIds) : List.of();
	}

	ScopeFilter(KpiScope scope, Long ownerId, List<Long> territoryIds) {
		this(scope, ownerId, territoryIds, null, null);
	}

	/**
	 * The condition for rows whose credited rep is {@code ownerColumn}, territory
	 * {@code territoryColumn} and customer {@code customerColumn} (SQL expressions of the
	 * caller's query; {@code "null"} where the rows have none, e.g. logged time, which
	 * then never matches a territory or account scope).
	 */
	String on(String ownerColumn, String territoryColumn, String customerColumn) {
		return switch (this.scope.kind()) {
			case COMPANY -> "1 = 1";
			case TEAM -> ownerColumn + " in (select su.id from app_user su where su.team_id = :scopeTeam)";
			case TERRITORY -> territoryColumn + " in (:scopeTerritories)";
			case REP -> ownerColumn + " = :scopeOwner";
			case CUSTOMER, KEY_ACCOUNTS -> customerColumn + " in (:scopeAccounts)";
			case SEGMENT -> customerColumn + " in (select sc.id from customer sc where sc.segment_id = :scopeSegment)";
		};
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		switch (this.scope.kind()) {
			case TEAM -> params.put("scopeTeam", this.scope.teamId());
			case TERRITORY -> params.put("scopeTerritories", this.territoryIds);
			case REP -> params.put("scopeOwner", this.ownerId);
			case CUSTOMER, KEY_ACCOUNTS ->
				params.put("scopeAccounts", this.accountIds.isEmpty() ? List.of(Visibility.NO_OWNER) : this.accountIds);
			case SEGMENT -> params.put("scopeSegment", this.segmentId);
			default -> {
			}
		}
		return params;
	}

}
