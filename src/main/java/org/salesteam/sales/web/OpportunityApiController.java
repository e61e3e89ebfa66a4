package org.salesteam.sales.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.Opportunity;
import org.salesteam.sales.OpportunityStage;
import org.salesteam.sales.internal.OpportunityEditing;
import org.salesteam.sales.internal.OpportunityFilter;
import org.salesteam.sales.internal.OpportunityList;
import org.salesteam.sales.internal.SalesAccess;
import org.salesteam.sales.internal.SalesNames;
import org.salesteam.sales.internal.StageProbabilities;

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
 * {@code /api/v1/opportunities}: the caller's visible opportunities, opening and changing
 * them, and moving them between stages. An opportunity or customer the caller may not see
 * answers 404.
 */
@RestController
@Tag(name = "opportunities")
class OpportunityApiController {

	record StageRequest(OpportunityStage stage, String lostReason, String competitor) {
	}

	record ProbabilityRequest(Integer probability) {
	}

	private final OpportunityList list;

	private final OpportunityEditing editing;

	private final SalesAccess access;

	private final SalesNames names;

	private final StageProbabilities probabilities;

	OpportunityApiController(OpportunityList list, OpportunityEditing editing, SalesAccess access, SalesNames names,
			StageProbabilities probabilities) {
		this.list = list;
		this.editing = editing;
		this.access = access;
		this.names = names;
		this.probabilities = probabilities;
	}

	@GetMapping("/api/v1/opportunities")
	@Operation(summary = "Visible opportunities, filtered and sorted; nextPage is null on the last page")
	OpportunityList.Page list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String q,
			@RequestParam(required = false) OpportunityStage stage, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long customerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "close") String sort, @RequestParam(defaultValue = "false") boolean desc,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		return this.list.find(user,
				new OpportunityFilter(q, stage, open, ownerId, customerId, from, to, sort, desc, page, size));
	}

	@GetMapping("/api/v1/opportunities/{id}")
	@Operation(summary = "One visible opportunity with its products, competitors and stage history")
	OpportunityView get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return view(this.access.opportunity(user, id));
	}

	@PostMapping("/api/v1/opportunities")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open an opportunity for a visible customer, in stage NEEDS")
	OpportunityView create(@AuthenticationPrincipal UserPrincipal user,
			@Valid @RequestBody OpportunityRequest request) {
		if (request.customerId() == null) {
			throw BusinessRuleException.onField("customerId", "sales.validation.required");
		}
		return view(this.editing.open(user, request.customerId(), request.ownerId(), request.toData()));
	}

	@PutMapping("/api/v1/opportunities/{id}")
	@Operation(summary = "Change a visible opportunity; a stale version answers 409")
	OpportunityView update(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody OpportunityRequest request) {
		this.access.opportunity(user, id);
		if (request.version() == null) {
			throw BusinessRuleException.onField("version", "sales.validation.required");
		}
		return view(this.editing.revise(user, id, request.version(), request.toData()));
	}

	@PostMapping("/api/v1/opportunities/{id}/stage")
	@Operation(summary = "Move to another stage; LOST needs lostReason; out of WON/LOST only the rep's manager "
			+ "or a director")
	OpportunityView stage(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) StageRequest request) {
		StageRequest body = (request != null) ? request : new StageRequest(null, null, null);
		return view(this.editing.move(user, id, body.stage(), body.lostReason(), body.competitor()));
	}

	@GetMapping("/api/v1/opportunity-stages")
	@Operation(summary = "The win probability (%) of every stage")
	Map<OpportunityStage, Integer> probabilities() {
		return this.probabilities.all();
	}

	@PutMapping("/api/v1/opportunity-stages/{stage}")
	@Operation(summary = "Change a stage's win probability (admins and directors)")
	Map<OpportunityStage, Integer> changeProbability(@AuthenticationPrincipal UserPrincipal user,
			@PathVariable OpportunityStage stage, @RequestBody(required = false) ProbabilityRequest request) {
		if (request == null || request.probability() == null) {
			throw BusinessRuleException.onField("probability", "sales.validation.required");
		}
		this.probabilities.change(user, stage, request.probability());
		return this.probabilities.all();
	}

	private OpportunityView view(Opportunity opportunity) {
		return OpportunityView.of(opportunity, this.names, this.probabilities.all());
	}

}
