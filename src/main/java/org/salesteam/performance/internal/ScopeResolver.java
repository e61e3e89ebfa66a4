package org.salesteam.performance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.performance.KpiScope;
import org.salesteam.platform.NotFoundException;
import org.salesteam.team.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link KpiScope} into a {@link ScopeFilter}: the rep by username, the territory
 * with every territory below it; an unknown team, territory or rep is not found.
 */
@Component
class ScopeResolver {

	private record Node(long id, String code, Long parentId) {
	}

	private final JdbcClient jdbc;

	private final TeamDirectory directory;

	ScopeResolver(JdbcClient jdbc, TeamDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	ScopeFilter resolve(KpiScope scope) {
		return resolveAll(List.of(scope)).get(0);
	}

	/**
	 * {@link #resolve} for many scopes (a comparison table), reading the team ids and the
	 * territory tree at most once whatever the number of scopes.
	 */
	List<ScopeFilter> resolveAll(List<KpiScope> scopes) {
		Set<Long> teams = new HashSet<>();
		List<Node> nodes = new ArrayList<>();
		List<ScopeFilter> filters = new ArrayList<>();
		for (KpiScope scope : scopes) {
			if (scope.kind() == KpiScope.Kind.TEAM) {
				if (teams.isEmpty()) {
					teams.addAll(this.jdbc.sql("select id from sales_team").query(Long.class).list());
				}
				if (!teams.contains(scope.teamId())) {
					throw new NotFoundException("team", scope.key());
				}
				filters.add(new ScopeFilter(scope, null, null));
			}
			else if (scope.kind() == KpiScope.Kind.TERRITORY) {
				if (nodes.isEmpty()) {
					nodes.addAll(territories());
				}
				filters.add(new ScopeFilter(scope, null, descendants(nodes, scope.key())));
			}
			else if (scope.kind() == KpiScope.Kind.REP) {
				long rep = this.directory.findMemberByUsername(scope.key())
					.orElseThrow(() -> new NotFoundException("user", scope.key()))
					.id();
				filters.add(new ScopeFilter(scope, rep, null));
			}
			else {
				filters.add(new ScopeFilter(scope, null, null));
			}
		}
		return filters;
	}

	/**
	 * What each scope's figures depend on besides the rollups: the scope, and the reps of
	 * a team today or the territories below a territory (a rep moved to another team
	 * changes the team's figures without any rollup changing). The reps of all the teams
	 * are read at once.
	 */
	List<String> fingerprints(List<ScopeFilter> filters) {
		List<Long> teams = filters.stream()
			.filter((f) -> f.scope().kind() == KpiScope.Kind.TEAM)
			.map((f) -> f.scope().teamId())
			.toList();
		Map<Long, List<Long>> reps = new HashMap<>();
		if (!teams.isEmpty()) {
			this.jdbc.sql("select team_id, id from app_user where team_id in (:teams) order by id")
				.param("teams", teams)
				.query((rs, row) -> reps.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2)))
				.list();
		}
		return filters.stream().map((f) -> switch (f.scope().kind()) {
			case COMPANY -> "company";
			case TEAM -> "team:" + f.scope().teamId() + ":" + reps.getOrDefault(f.scope().teamId(), List.of());
			case TERRITORY -> "territory:" + f.territoryIds();
			case REP -> "rep:" + f.ownerId();
		}).toList();
	}

	private List<Node> territories() {
		return this.jdbc.sql("select id, code, parent_id from territory")
			.query((rs, row) -> new Node(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)))
			.list();
	}

	private static List<Long> descendants(List<Node> nodes, String code) {
		Node root = nodes.stream()
			.filter((n) -> n.code().equalsIgnoreCase(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("territory", code));
		Map<Long, List<Long>> children = new HashMap<>();
		nodes.stream()
			.filter((n) -> n.parentId() != null)
			.forEach((n) -> children.computeIfAbsent(n.parentId(), (k) -> new ArrayList<>()).add(n.id()));
		List<Long> result = new ArrayList<>();
		List<Long> pending = new ArrayList<>(List.of(root.id()));
		while (!pending.isEmpty()) {
			Long next = pending.remove(pending.size() - 1);
			if (!result.contains(next)) {
				result.add(next);
				pending.addAll(children.getOrDefault(next, List.of()));
			}
		}
		return result;
	}

}
