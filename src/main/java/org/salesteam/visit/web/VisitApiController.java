package org.salesteam.visit.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.salesteam.visit.VisitStatus;
import org.salesteam.visit.internal.VisitAccess;
import org.salesteam.visit.internal.VisitFilter;
import org.salesteam.visit.internal.VisitList;
import org.salesteam.visit.internal.VisitNames;
import org.salesteam.visit.internal.VisitPlanning;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
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
 * {@code /api/v1/visits}: the caller's visible visits (by the visiting rep), planning
 * visits to visible customers, reporting and cancelling them. A visit or customer the
 * caller may not see answers 404 and nothing is written.
 */
@RestController
@Tag(name = "visits")
class VisitApiController {

	private final VisitList list;

	private final VisitPlanning planning;

	private final VisitAccess access;

	private final VisitNames names;

	VisitApiController(VisitList list, VisitPlanning planning, VisitAccess access, VisitNames names) {
		this.list = list;
		this.planning = planning;
		this.access = access;
		this.names = names;
	}

	@GetMapping("/api/v1/visits")
	@Operation(summary = "Visible visits by the visit's day in [from, to], newest first; nextPage is null on the "
			+ "last page")
	VisitList.Page list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long customerId,
			@RequestParam(required = false) VisitStatus status, @RequestParam(required = false) Long repId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.list.find(user, new VisitFilter(q, status, repId, customerId, from, to, false, page, size));
	}

	@GetMapping("/api/v1/visits/{id}")
	@Operation(summary = "One visible visit")
	VisitView get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return VisitView.of(this.access.visit(user, id), this.names);
	}

	@PostMapping("/api/v1/visits")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan a visit of the caller to a visible customer; objective and plannedAt (not in the "
			+ "past) are required")
	VisitView plan(@AuthenticationPrincipal UserPrincipal user, @Valid @RequestBody VisitRequests.Plan request) {
		if (request.customerId() == null) {
			throw BusinessRuleException.onField("customerId", "visit.validation.required");
		}
		return VisitView.of(this.planning.plan(user, request.customerId(), request.toData()), this.names);
	}

	@PostMapping("/api/v1/visits/record")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a visit of the caller to a visible customer that already happened (补录拜访): "
			+ "objective, result, actualStart and actualEnd (not later than now) are required")
	VisitView record(@AuthenticationPrincipal UserPrincipal user, @Valid @RequestBody VisitRequests.Record request) {
		if (request.customerId() == null) {
			throw BusinessRuleException.onField("customerId", "visit.validation.required");
		}
		return VisitView.of(this.planning.record(user, request.customerId(), request.toData(), request.toReport()),
				this.names);
	}

	@PutMapping("/api/v1/visits/{id}")
	@Operation(summary = "Change a planned visit; a stale version answers 409")
	VisitView replan(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody VisitRequests.Plan request) {
		return VisitView.of(this.planning.replan(user, id, request.version(), request.toData()), this.names);
	}

	@PostMapping("/api/v1/visits/{id}/replan")
	@Operation(summary = "Move a planned visit to another day and time (not into the past); a stale version answers "
			+ "409")
	VisitView move(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody VisitRequests.Replan request) {
		return VisitView.of(this.planning.move(user, id, request.version(), request.plannedAt()), this.names);
	}

	@PostMapping("/api/v1/visits/{id}/complete")
	@Operation(summary = "Report a planned or missed visit: result required; actualStart and actualEnd optional "
			+ "but together, not later than now; a nextVisitDate (not before today) plans the follow-up "
			+ "(objective = nextAction)")
	VisitView complete(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody VisitRequests.Complete request) {
		return VisitView.of(this.planning.complete(user, id, request.version(), request.toReport()), this.names);
	}

	@PostMapping("/api/v1/visits/{id}/cancel")
	@Operation(summary = "Call a planned visit off")
	VisitView cancel(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody(required = false) VisitRequests.Cancel request) {
		return VisitView.of(this.planning.cancel(user, id, (request != null) ? request.reason() : null), this.names);
	}

}
