package org.salesteam.performance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.salesteam.performance.KpiScope;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.team.Visibility;
import org.salesteam.team.VisibilityPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The scopes a user may pick on the dashboards, with their display names, and the scope a
 * user starts with: directors and admins the company, a manager their first team, a rep
 * themselves.
 */
@Service
public class ScopeChoices {

	/** A scope with its display name; {@code kind} COMPANY, TEAM, TERRITORY or REP. */
	public record Choice(KpiScope scope, String name) {

		public String value() {
			return this.scope.format();
		}

		public String kind() {
			return this.scope.kind().name();
		}

	}

	private final TeamDirectory directory;

	private final VisibilityPolicy visibility;

	private final JdbcClient jdbc;

	ScopeChoices(TeamDirectory directory, VisibilityPolicy visibility, JdbcClient jdbc) {
		this.directory = directory;
		this.visibility = visibility;
		this.jdbc = jdbc;
	}

	public List<Choice> of(UserPrincipal user) {
		List<Choice> choices = new ArrayList<>();
		boolean all = user.hasAnyRole(Role.DIRECTOR, Role.ADMIN);
		if (all) {
			choices.add(new Choice(KpiScope.company(), null));
			choices.addAll(teams(this.directory.allTeams()));
			choices.addAll(territories());
		}
		else if (user.hasRole(Role.MANAGER)) {
			choices.addAll(teams(this.directory.teamsManagedBy(user.id())));
		}
		if (user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			choices.addAll(reps(user));
		}
		return choices;
	}

	/** The scope a user sees first, or empty for support staff. */
	public java.util.Optional<KpiScope> initial(UserPrincipal user) {
		if (user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			return java.util.Optional.of(KpiScope.company());
		}
		if (user.hasRole(Role.MANAGER)) {
			List<TeamDirectory.TeamSummary> teams = this.directory.teamsManagedBy(user.id());
			if (!teams.isEmpty()) {
				return java.util.Optional.of(KpiScope.team(teams.get(0).id()));
			}
		}
		if (user.hasAnyRole(Role.REP, Role.MANAGER)) {
			return java.util.Optional.of(KpiScope.rep(user.getUsername()));
		}
		return java.util.Optional.empty();
	}

	/**
	 * An account scope as a choice, with the customer's or segment's name, or the name of
	 * the key-account manager or team; the scope passed the rights check before.
	 */
	public Choice accountChoice(KpiScope scope) {
		String sql = switch (scope.kind()) {
			case CUSTOMER -> "select name from customer where id = :key";
			case SEGMENT -> "select name from market_segment where upper(code) = upper(:key)";
			case KEY_ACCOUNTS -> scope.ofTeam() ? "select name from sales_team where id = :key"
					: "select display_name from app_user where username = :key";
			default -> throw new IllegalArgumentException("not an account scope: " + scope);
		};
		Object key = switch (scope.kind()) {
			case CUSTOMER -> scope.customerId();
			case KEY_ACCOUNTS -> scope.ofTeam() ? scope.teamId() : scope.key();
			default -> scope.key();
		};
		return new Choice(scope,
				this.jdbc.sql(sql).param("key", key).query(String.class).optional().orElse(scope.key()));
	}

	/**
	 * The name of a scope as the dashboards show it (a team's, territory's, rep's,
	 * customer's … name), or {@code null} for the company or a scope not among the user's
	 * choices; the scope passed the rights check before.
	 */
	public String nameOf(UserPrincipal user, KpiScope scope) {
		if (scope.kind().ofAccounts()) {
			return accountChoice(scope).name();
		}
		return of(user).stream()
			.filter((c) -> c.scope().equals(scope))
			.map(Choice::name)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** Reps of a team, in the team's order, as scopes. */
	public List<Choice> repsOf(long teamId) {
		return this.directory.membersOf(teamId).stream().map(ScopeChoices::rep).toList();
	}

	private static Choice rep(TeamDirectory.Member member) {
		return new Choice(KpiScope.rep(member.username()), member.displayName());
	}

	public List<Choice> teams() {
		return teams(this.directory.allTeams());
	}

	/** Territories in code order; the regions first. */
	public List<Choice> territories() {
		return this.jdbc
			.sql("select code, name from territory where active = true order by parent_id nulls first, code")
			.query((rs, row) -> new Choice(KpiScope.territory(rs.getString(1)), rs.getString(2)))
			.list();
	}

	private static List<Choice> teams(List<TeamDirectory.TeamSummary> teams) {
		return teams.stream()
			.filter(TeamDirectory.TeamSummary::active)
			.map((t) -> new Choice(KpiScope.team(t.id()), t.name()))
			.toList();
	}

	private List<Choice> reps(UserPrincipal user) {
		Visibility visible = this.visibility.of(user);
		List<Choice> reps = new ArrayList<>();
		List<TeamDirectory.TeamSummary> teams = user.hasAnyRole(Role.DIRECTOR, Role.ADMIN) ? this.directory.allTeams()
				: this.directory.teamsManagedBy(user.id());
		// one read for all teams, then in the teams' order (a director's list was a read
		// per team)
		Map<Long, List<TeamDirectory.Member>> byTeam = this.directory
			.membersOf(teams.stream().map(TeamDirectory.TeamSummary::id).toList())
			.stream()
			.collect(Collectors.groupingBy(TeamDirectory.Member::teamId));
		for (TeamDirectory.TeamSummary team : teams) {
			byTeam.getOrDefault(team.id(), List.of()).forEach((m) -> reps.add(rep(m)));
		}
		// a manager sells only when they also hold the REP role: otherwise their own rep
		// scope is no choice (issue 20)
		if (reps.stream().noneMatch((c) -> c.scope().key().equals(user.getUsername())) && user.hasRole(Role.REP)) {
			reps.add(0, new Choice(KpiScope.rep(user.getUsername()), user.displayName()));
		}
		return reps;
	}

}
