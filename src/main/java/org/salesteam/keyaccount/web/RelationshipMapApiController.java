package org.salesteam.keyaccount.web;

import java.util.List;

import org.salesteam.keyaccount.internal.RelationshipEditing;
import org.salesteam.keyaccount.internal.RelationshipMap;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|PUT /api/v1/customers/{id}/relationship-map}: the contacts' buying roles,
 * influence, attitude and reporting lines with their coverage by visits and the map's red
 * flags and status (ADR 0035). Read by whoever reads the customer, changed by those who
 * work on it (404 otherwise); 422 names the field.
 */
@RestController
@Tag(name = "key accounts")
class RelationshipMapApiController {

	record PlacementRequest(List<RelationshipEditing.Placement> contacts) {
	}

	private final RelationshipMap map;

	private final RelationshipEditing editing;

	RelationshipMapApiController(RelationshipMap map, RelationshipEditing editing) {
		this.map = map;
		this.editing = editing;
	}

	@GetMapping("/api/v1/customers/{id}/relationship-map")
	RelationshipMap.Map map(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.map.of(user, id);
	}

	@PutMapping("/api/v1/customers/{id}/relationship-map")
	RelationshipMap.Map place(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody PlacementRequest request) {
		this.editing.place(user, id, (request != null) ? request.contacts() : null);
		return this.map.of(user, id);
	}

}
