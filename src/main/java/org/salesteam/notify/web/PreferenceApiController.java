package org.salesteam.notify.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.salesteam.notify.internal.Preferences;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/notification-preferences}: per event type, whether the caller also gets
 * it by e-mail (the inbox is always on);
 * {@code /api/v1/notification-requirements/{teamId}}: the event types the team's manager
 * requires by e-mail (another team: 403).
 */
@RestController
@Tag(name = "notifications")
class PreferenceApiController {

	record Requirement(Set<String> events) {
	}

	private final Preferences preferences;

	PreferenceApiController(Preferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/api/v1/notification-preferences")
	@Operation(summary = "The caller's e-mail choice per event type")
	List<Preferences.Choice> get(@AuthenticationPrincipal UserPrincipal user) {
		return this.preferences.of(user);
	}

	@PutMapping("/api/v1/notification-preferences")
	@Operation(summary = "Set the caller's e-mail choice per event type: {\"GOAL_APPROVED\": false, …}")
	List<Preferences.Choice> put(@AuthenticationPrincipal UserPrincipal user, @RequestBody Map<String, Boolean> email) {
		this.preferences.choose(user, email);
		return this.preferences.of(user);
	}

	@GetMapping("/api/v1/notification-requirements/{teamId}")
	@Operation(summary = "The event types the team requires by e-mail")
	Requirement required(@AuthenticationPrincipal UserPrincipal user, @PathVariable long teamId) {
		return new Requirement(this.preferences.required(user, teamId));
	}

	@PutMapping("/api/v1/notification-requirements/{teamId}")
	@Operation(summary = "Require e-mail for exactly these event types of the team (its manager or a director)")
	Requirement require(@AuthenticationPrincipal UserPrincipal user, @PathVariable long teamId,
			@RequestBody Requirement requirement) {
		this.preferences.require(user, teamId, (requirement.events() == null) ? Set.of() : requirement.events());
		return new Requirement(this.preferences.required(user, teamId));
	}

}
