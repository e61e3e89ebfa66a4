package org.salesteam.keyaccount.web;

import java.util.List;
import java.util.Map;

import org.salesteam.keyaccount.internal.Handovers;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hand-over step (ADR 0048): {@code POST /api/v1/customers/{id}/hand-over {"to",
 * "checklist":[item…], "note"}} → 201 {@code {"id"}} and {@code GET …/hand-overs}.
 * Managers, directors and admins who manage the account (403 / 404 otherwise); 422 names
 * the field.
 */
@RestController
@Tag(name = "key accounts")
class HandoverApiController {

	record HandoverRequest(String to, List<String> checklist, String note) {
	}

	private final Handovers handovers;

	HandoverApiController(Handovers handovers) {
		this.handovers = handovers;
	}

	@PostMapping("/api/v1/customers/{id}/hand-over")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Long> handOver(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody HandoverRequest request) {
		HandoverRequest body = (request != null) ? request : new HandoverRequest(null, null, null);
		return Map.of("id", this.handovers.handOver(user, id, body.to(), body.checklist(), body.note()));
	}

	@GetMapping("/api/v1/customers/{id}/hand-overs")
	List<Handovers.Entry> handovers(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.handovers.of(user, id);
	}

}
