package org.salesteam.goal.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.performance.KpiScope;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Component;

/**
 * The scopes a user may set goals for, as form choices: directors and admins the company,
 * every team and every rep; a manager their teams, those teams' reps and themselves; a
 * rep themselves. (Territory goals are set through the API.)
 */
@Component
public class GoalChoices {

	/** A choice: the scope text and a name; {@code company} has a {@code null} name. */
	public record Choice(String scope, String name) {
	}

	private final TeamDirectory directory;

	GoalChoices(TeamDirectory directory) {
		this.directory = directory;
	}

	public List<Choice> scopes(UserPrincipal user) {
		List<Choice> choices = new ArrayList<>();
		List<TeamDirectory.TeamSummary> teams;
		if (user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			choices.add(new Choice(KpiScope.company().format(), null));
			teams = this.directory.allTeams().stream().filter(TeamDirectory.TeamSummary::active).toList();
		}
		else if (user.hasRole(Role.MANAGER)) {
			teams = this.directory.teamsManagedBy(user.id());
		}
		else {
			teams = List.of();
		}
		teams.forEach((team) -> choices.add(new Choice(KpiScope.team(team.id()).format(), team.name())));
		Set<String> reps = new LinkedHashSet<>();
		if (user.hasAnyRole(Role.REP, Role.MANAGER)) {
			reps.add(user.getUsername());
			choices.add(new Choice(KpiScope.rep(user.getUsername()).format(), user.displayName()));
		}
		for (TeamDirectory.TeamSummary team : teams) {
			for (TeamDirectory.Member rep : this.directory.membersOf(team.id())) {
				if (reps.add(rep.username())) {
					choices.add(new Choice(KpiScope.rep(rep.username()).format(), rep.displayName()));
				}
			}
		}
		return choices;
	}

}
