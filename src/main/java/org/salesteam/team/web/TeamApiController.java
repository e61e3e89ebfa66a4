package org.salesteam.team.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.salesteam.team.SalesTeam;
import org.salesteam.team.internal.TeamAdministration;
import org.salesteam.team.internal.TeamList;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/teams}: sales teams and their members, for admins only. */
@RestController
@RequestMapping("/api/v1/teams")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "teams", description = "Sales teams (ADMIN only)")
class TeamApiController {

	private final TeamAdministration teams;

	private final TeamList list;

	TeamApiController(TeamAdministration teams, TeamList list) {
		this.teams = teams;
		this.list = list;
	}

	@GetMapping
	@Operation(summary = "List teams with manager, segment and number of active members")
	List<TeamList.Row> list() {
		return this.list.all();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One team with its member ids")
	TeamJson.View get(@PathVariable long id) {
		return view(this.teams.get(id));
	}

	@PostMapping
	@Operation(summary = "Create a team led by an active manager")
	ResponseEntity<TeamJson.View> create(@Valid @RequestBody TeamJson.Body request) {
		SalesTeam team = this.teams.create(request.name(), request.managerId(), request.segmentId());
		return ResponseEntity.created(URI.create("/api/v1/teams/" + team.getId())).body(view(team));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename a team, change its manager or segment")
	TeamJson.View update(@PathVariable long id, @Valid @RequestBody TeamJson.Body request) {
		return view(this.teams.update(id, request.name(), request.managerId(), request.segmentId()));
	}

	@PutMapping("/{id}/members")
	@Operation(summary = "Set the team's reps; a rep listed here leaves any other team")
	TeamJson.View members(@PathVariable long id, @Valid @RequestBody TeamJson.Members request) {
		return view(this.teams.assignMembers(id, request.repIds()));
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Deactivate a team")
	TeamJson.View deactivate(@PathVariable long id) {
		return view(this.teams.deactivate(id));
	}

	@PostMapping("/{id}/activate")
	@Operation(summary = "Activate a team again")
	TeamJson.View activate(@PathVariable long id) {
		return view(this.teams.activate(id));
	}

	private TeamJson.View view(SalesTeam team) {
		return TeamJson.View.of(team, this.teams.memberIds(team.getId()));
	}

}
