package org.salesteam.team.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.salesteam.team.Territory;
import org.salesteam.team.internal.TerritoryAdministration;

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

/** {@code /api/v1/territories}: the territory tree, for admins only. */
@RestController
@RequestMapping("/api/v1/territories")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "territories", description = "Sales territories (ADMIN only)")
class TerritoryApiController {

	private final TerritoryAdministration territories;

	TerritoryApiController(TerritoryAdministration territories) {
		this.territories = territories;
	}

	@GetMapping
	@Operation(summary = "List territories by code")
	List<TerritoryJson.View> list() {
		return this.territories.all().stream().map(TerritoryJson.View::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One territory")
	TerritoryJson.View get(@PathVariable long id) {
		return TerritoryJson.View.of(this.territories.get(id));
	}

	@PostMapping
	@Operation(summary = "Create a territory, optionally below a parent")
	ResponseEntity<TerritoryJson.View> create(@Valid @RequestBody TerritoryJson.Create request) {
		Territory territory = this.territories.create(request.code(), request.name(), request.parentId());
		return ResponseEntity.created(URI.create("/api/v1/territories/" + territory.getId()))
			.body(TerritoryJson.View.of(territory));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename a territory or move it below another parent (no cycles)")
	TerritoryJson.View update(@PathVariable long id, @Valid @RequestBody TerritoryJson.Update request) {
		return TerritoryJson.View.of(this.territories.update(id, request.name(), request.parentId()));
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Deactivate a territory")
	TerritoryJson.View deactivate(@PathVariable long id) {
		return TerritoryJson.View.of(this.territories.deactivate(id));
	}

	@PostMapping("/{id}/activate")
	@Operation(summary = "Activate a territory again")
	TerritoryJson.View activate(@PathVariable long id) {
		return TerritoryJson.View.of(this.territories.activate(id));
	}

}
