package org.salesteam.performance.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiScope;

/**
 * A resolved scope as a condition on a query's credited rep and territory columns; values
 * are always bound as parameters ({@link #params()}), never spliced into the SQL.
 *
 * @param scope the scope asked for
 * @param ownerId the rep of a rep scope
 * @param territoryIds the territory and every territory below it, of a territory scope
 */
record ScopeFilter(KpiScope scope, Long ownerId, List<Long> territoryIds) {

	ScopeFilter {
		territoryIds = (territoryIds != null) ? List.copyOf(territoryIds) : List.of();
	}

	/**
	 * The condition for rows whose credited rep is {@code ownerColumn} and territory
	 * {@code territoryColumn} (SQL expressions of the caller's query).
	 */
	String on(String ownerColumn, String territoryColumn) {
		return switch (this.scope.kind()) {
			case COMPANY -> "1 = 1";
			case TEAM -> ownerColumn + " in (select su.id from app_user su where su.team_id = :scopeTeam)";
			case TERRITORY -> territoryColumn + " in (:scopeTerritories)";
			case REP -> ownerColumn + " = :scopeOwner";
		};
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		switch (this.scope.kind()) {
			case TEAM -> params.put("scopeTeam", this.scope.teamId());
			case TERRITORY -> params.put("scopeTerritories", this.territoryIds);
			case REP -> params.put("scopeOwner", this.ownerId);
			default -> {
			}
		}
		return params;
	}

}
