package org.salesteam.performance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		return switch (scope.kind()) {
			case COMPANY -> new ScopeFilter(scope, null, null);
			case TEAM -> {
				boolean exists = this.directory.allTeams().stream().anyMatch((t) -> t.id() == scope.teamId());
				if (!exists) {
					throw new NotFoundException("team", scope.key());
				}
				yield new ScopeFilter(scope, null, null);
			}
			case TERRITORY -> new ScopeFilter(scope, null, territoryWithDescendants(scope.key()));
			case REP -> new ScopeFilter(scope,
					this.directory.findMemberByUsername(scope.key())
						.orElseThrow(() -> new NotFoundException("user", scope.key()))
						.id(),
					null);
		};
	}

	/**
	 * What the scope's figures depend on besides the rollups: the scope, and the reps of
	 * a team today or the territories below a territory (a rep moved to another team
	 * changes the team's figures without any rollup changing).
	 */
	String fingerprint(ScopeFilter filter) {
		KpiScope scope = filter.scope();
		return switch (scope.kind()) {
			case COMPANY -> "company";
			case TEAM -> "team:" + scope.teamId() + ":"
					+ this.jdbc.sql("select id from app_user where team_id = :team order by id")
						.param("team", scope.teamId())
						.query(Long.class)
						.list();
			case TERRITORY -> "territory:" + filter.territoryIds();
			case REP -> "rep:" + filter.ownerId();
		};
	}

	private List<Long> territoryWithDescendants(String code) {
		List<Node> nodes = this.jdbc.sql("select id, code, parent_id from territory")
			.query((rs, row) -> new Node(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)))
			.list();
		Node root = nodes.stream()
			.filter((n) -> n.code().equals(code))
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
