package org.salesteam.keyaccount.web;

import org.salesteam.keyaccount.internal.RoutingEditing;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service routing of key accounts (ADR 0052): {@code GET|PUT
 * /api/v1/key-accounts/service-routing {"routes":[{"type","role"}],
 * "deadlines":[{"box","responseHours","resolutionHours"}]}}. Anyone signed in reads it;
 * directors and admins replace it (403 otherwise); 422 names the line's field.
 */
@RestController
@Tag(name = "key accounts")
class ServiceRoutingApiController {

	private final RoutingEditing routing;

	ServiceRoutingApiController(RoutingEditing routing) {
		this.routing = routing;
	}

	@GetMapping("/api/v1/key-accounts/service-routing")
	RoutingEditing.Table table() {
		return this.routing.table();
	}

	@PutMapping("/api/v1/key-accounts/service-routing")
	@Operation(summary = "Replace the routing: request type → account-team role (a type left out goes to "
			+ "CUSTOMER_SERVICE), deadlines per portfolio box in working hours (the shorter of the class's and "
			+ "the box's is used)")
	RoutingEditing.Table replace(@AuthenticationPrincipal UserPrincipal user, @RequestBody RoutingEditing.Table body) {
		return this.routing.replace(user, body);
	}

}
