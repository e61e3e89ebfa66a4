package org.salesteam.performance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.salesteam.performance.KpiScope;
import org.salesteam.performance.VisibleScope;
import org.salesteam.platform.NotFoundException;
import org.salesteam.team.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link VisibleScope} — a scope that passed the rights rule — into a
 * {@link ScopeFilter}: the rep by username, the territory with every territory below it,
 * the segment by code, the key accounts of a manager or team as their customer ids; an
 * unknown team, territory, rep, customer or segment is not found. Codes match without
 * regard to case. There is no way to resolve an unchecked {@link KpiScope}.
 */
@Component
class ScopeResolver {

	private record Node(long id, String code, Long parentId) {
	}

	private static final int NAMES_PER_QUERY = 1000;

	private final JdbcClient jdbc;

	private final TeamDirectory directory;

	ScopeResolver(JdbcClient jdbc, TeamDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	ScopeFilter resolve(VisibleScope scope) {
		return resolveAll(List.of(scope)).get(0);
	}

	/**
	 * {@link #resolve} for many scopes (a comparison table), reading the team ids and the
	 * territory tree at most once whatever the number of scopes.
	 */
	List<ScopeFilter> resolveAll(List<VisibleScope> visible) {
		Set<Long> teams = new HashSet<>();
		List<Node> nodes = new ArrayList<>();
		Map<String, Long> reps = repIds(visible);
		List<ScopeFilter> filters = new ArrayList<>();
		for (VisibleScope each : visible) {
			KpiScope scope = each.scope();
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
				Long rep = reps.get(scope.key().toLowerCase(Locale.ROOT));
				if (rep == null) {
					throw new NotFoundException("user", scope.key());
				}
				filters.add(new ScopeFilter(scope, rep, null));
			}
			else if (scope.kind().ofAccounts()) {
				filters.add(accounts(scope));
			}
			else {
				filters.add(new ScopeFilter(scope, null, null));
			}
		}
		return filters;
	}

	/**
	 * The user ids of the rep scopes' usernames (case-insensitive), in one query for all:
	 * a company scorecard or leaderboard resolves a thousand reps at scale L.
	 */
	private Map<String, Long> repIds(List<VisibleScope> visible) {
		List<String> names = visible.stream()
			.map(VisibleScope::scope)
			.filter((scope) -> scope.kind() == KpiScope.Kind.REP)
			.map((scope) -> scope.key().toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
		Map<String, Long> ids = new HashMap<>();
		for (int from = 0; from < names.size(); from += NAMES_PER_QUERY) {
			this.jdbc.sql("select lower(username), id from app_user where lower(username) in (:names)")
				.param("names", names.subList(from, Math.min(names.size(), from + NAMES_PER_QUERY)))
				.query((rs, row) -> ids.put(rs.getString(1), rs.getLong(2)))
				.list();
		}
		return ids;
	}

	private ScopeFilter accounts(KpiScope scope) {
		return switch (scope.kind()) {
			case CUSTOMER -> {
				boolean exists = this.jdbc.sql("select count(*) from customer where id = :id")
					.param("id", scope.customerId())
					.query(Long.class)
					.single() > 0;
				if (!exists) {
					throw new NotFoundException("customer", scope.key());
				}
				yield new ScopeFilter(scope, null, null, List.of(scope.customerId()), null);
			}
			case SEGMENT -> new ScopeFilter(scope, null, null, null,
					this.jdbc.sql("select id from market_segment where upper(code) = upper(:code)")
						.param("code", scope.key())
						.query(Long.class)
						.optional()
						.orElseThrow(() -> new NotFoundException("segment", scope.key())));
			case KEY_ACCOUNTS -> new ScopeFilter(scope, null, null, keyAccounts(scope), null);
			default -> throw new IllegalArgumentException("not an account scope: " + scope);
		};
	}

	/**
	 * The key accounts whose key-account manager — the account team's
	 * KEY_ACCOUNT_MANAGER, or the owner when the account has none — is the scope's user
	 * or a member of its team.
	 */
	private List<Long> keyAccounts(KpiScope scope) {
		String managers;
		Object key;
		if (scope.ofTeam()) {
			if (this.jdbc.sql("select count(*) from sales_team where id = :team")
				.param("team", scope.teamId())
				.query(Long.class)
				.single() == 0) {
				throw new NotFoundException("team", Long.toString(scope.teamId()));
			}
			managers = "select mu.id from app_user mu where mu.team_id = :key";
			key = scope.teamId();
		}
		else {
			managers = ":key";
			key = this.directory.findMemberByUsername(scope.key())
				.orElseThrow(() -> new NotFoundException("user", scope.key()))
				.id();
		}
		return this.jdbc.sql("""
				select c.id from customer c
				where c.key_account = true and (
				  exists (select 1 from account_team_member m where m.customer_id = c.id
				          and m.team_role = 'KEY_ACCOUNT_MANAGER' and m.user_id in (%1$s))
				  or (c.owner_id in (%1$s) and not exists (select 1 from account_team_member m
				          where m.customer_id = c.id and m.team_role = 'KEY_ACCOUNT_MANAGER')))
				order by c.id
				""".formatted(managers)).param("key", key).query(Long.class).list();
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
			case CUSTOMER, KEY_ACCOUNTS -> "accounts:" + f.accountIds();
			case SEGMENT -> "segment:" + f.segmentId() + ":" + segmentMembers(f.segmentId());
		}).toList();
	}

	/**
	 * What changes when a customer joins or leaves the segment (a segment's figures
	 * change without any rollup changing): the count, sum and extremes of its customer
	 * ids.
	 */
	private String segmentMembers(long segmentId) {
		return this.jdbc
			.sql("select count(*), coalesce(sum(id), 0), coalesce(min(id), 0), coalesce(max(id), 0)"
					+ " from customer where segment_id = :segment")
			.param("segment", segmentId)
			.query((rs, row) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4))
			.single();
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
