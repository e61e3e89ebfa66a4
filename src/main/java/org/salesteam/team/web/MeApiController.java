package org.salesteam.team.web;

import java.util.List;

import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the caller is, with roles and teams. */
@RestController
@Tag(name = "me")
class MeApiController {

	record Me(String username, String displayName, List<Role> roles, List<Long> teamIds, String locale) {
	}

	private final TeamDirectory directory;

	MeApiController(TeamDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The authenticated user")
	Me me(@AuthenticationPrincipal UserPrincipal user) {
		java.util.TreeSet<Long> teamIds = new java.util.TreeSet<>();
		this.directory.findMember(user.id()).map(TeamDirectory.Member::teamId).ifPresent(teamIds::add);
		this.directory.teamsManagedBy(user.id()).forEach((team) -> teamIds.add(team.id()));
		return new Me(user.getUsername(), user.displayName(), user.roles().stream().sorted().toList(),
				List.copyOf(teamIds), user.locale().toLanguageTag());
	}

}
