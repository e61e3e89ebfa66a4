package org.salesteam.keyaccount.web;

import java.util.List;

import org.salesteam.keyaccount.internal.KeyAccountList;
import org.salesteam.keyaccount.internal.PlanEditing;
import org.salesteam.keyaccount.internal.PlanEditing.ActionRequest;
import org.salesteam.keyaccount.internal.PlanEditing.ObjectiveRequest;
import org.salesteam.keyaccount.internal.PlanEditing.PlanRequest;
import org.salesteam.keyaccount.internal.PlanReading;
import org.salesteam.keyaccount.internal.PlanStatus;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/key-account-plans}: one-year key-account plans (ADR 0035). Read by
 * whoever reads the account (404 otherwise), with each objective's attainment computed by
 * the KPI engine; written by the account's planners; approved or returned by its owner's
 * manager or a director (403 for others who read it).
 */
@RestController
@Tag(name = "key accounts")
class PlanApiController {

	record CreateRequest(Long customerId, Integer year, String vision, String swot, String strategies, String risks,
			List<ObjectiveRequest> objectives, List<ActionRequest> actions) {
	}

	record Created(long id) {
	}

	record DecisionRequest(String note) {
	}

	record ReviewRequest(String progress) {
	}

	record StatusRequest(String status) {
	}

	private final PlanEditing editing;

	private final PlanReading reading;

	private final KeyAccountList list;

	PlanApiController(PlanEditing editing, PlanReading reading, KeyAccountList list) {
		this.editing = editing;
		this.reading = reading;
		this.list = list;
	}

	@PostMapping("/api/v1/key-account-plans")
	@ResponseStatus(HttpStatus.CREATED)
	Created create(@AuthenticationPrincipal UserPrincipal user, @RequestBody CreateRequest request) {
		return new Created(this.editing.create(user, request.customerId(), request.year(),
				new PlanRequest(request.vision(), request.swot(), request.strategies(), request.risks(),
						request.objectives(), request.actions())));
	}

	@GetMapping("/api/v1/key-account-plans")
	List<KeyAccountList.PlanRow> list(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) PlanStatus status) {
		return this.list.plans(user, status, false);
	}

	@GetMapping("/api/v1/key-account-plans/{id}")
	PlanReading.Plan plan(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.reading.of(user, id);
	}

	@PutMapping("/api/v1/key-account-plans/{id}")
	PlanReading.Plan update(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody PlanRequest request) {
		this.editing.update(user, id, request);
		return this.reading.of(user, id);
	}

	@PostMapping("/api/v1/key-account-plans/{id}/submit")
	PlanReading.Plan submit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.editing.submit(user, id);
		return this.reading.of(user, id);
	}

	@PostMapping("/api/v1/key-account-plans/{id}/approve")
	PlanReading.Plan approve(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) DecisionRequest request) {
		this.editing.decide(user, id, true, (request != null) ? request.note() : null);
		return this.reading.of(user, id);
	}

	@PostMapping("/api/v1/key-account-plans/{id}/return")
	PlanReading.Plan giveBack(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) DecisionRequest request) {
		this.editing.decide(user, id, false, (request != null) ? request.note() : null);
		return this.reading.of(user, id);
	}

	@PutMapping("/api/v1/key-account-plans/{id}/reviews/{quarter}")
	PlanReading.Plan review(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@PathVariable int quarter, @RequestBody ReviewRequest request) {
		this.editing.review(user, id, quarter, request.progress());
		return this.reading.of(user, id);
	}

	@PutMapping("/api/v1/key-account-plans/{id}/actions/{index}/status")
	PlanReading.Plan actionStatus(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@PathVariable int index, @RequestBody StatusRequest request) {
		this.editing.setActionStatus(user, id, index, request.status());
		return this.reading.of(user, id);
	}

}
