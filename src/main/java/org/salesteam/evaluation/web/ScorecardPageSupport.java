package org.salesteam.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the module's pages share: the scopes a user may open a table or a 9-box for, the
 * default one, people's names and message lookup.
 */
@Component
class ScorecardPageSupport {

	private final TeamDirectory directory;

	private final MessageSource messages;

	ScorecardPageSupport(TeamDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/** A broken rule as the user reads it. */
	String message(org.salesteam.platform.BusinessRuleException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale());
	}

	/** The company for directors and admins, else the first team the user manages. */
	String defaultScope(UserPrincipal user) {
		if (user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			return "company";
		}
		List<TeamDirectory.TeamSummary> teams = user.hasRole(Role.MANAGER) ? this.directory.teamsManagedBy(user.id())
				: List.of();
		return teams.isEmpty() ? "company" : "team:" + teams.get(0).id();
	}

	/** The scopes the user may open a table for: the company (directors), their teams. */
	Map<String, String> scopes(UserPrincipal user) {
		Map<String, String> scopes = new LinkedHashMap<>();
		List<TeamDirectory.TeamSummary> teams;
		if (user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			scopes.put("company", text("evaluation.scope.company"));
			teams = this.directory.allTeams().stream().filter(TeamDirectory.TeamSummary::active).toList();
		}
		else {
			teams = user.hasRole(Role.MANAGER) ? this.directory.teamsManagedBy(user.id()) : List.of();
		}
		teams.forEach((team) -> scopes.put("team:" + team.id(), team.name()));
		return scopes;
	}

	String displayName(String username) {
		return this.directory.findMemberByUsername(username).map(TeamDirectory.Member::displayName).orElse(username);
	}

}
