package org.salesteam.goal.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.salesteam.goal.AllocationMethod;
import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalProgress;
import org.salesteam.goal.GoalStatus;
import org.salesteam.goal.GoalType;
import org.salesteam.goal.internal.GoalAccess;
import org.salesteam.goal.internal.GoalAllocation;
import org.salesteam.goal.internal.GoalEditing;
import org.salesteam.goal.internal.GoalList;
import org.salesteam.goal.internal.GoalMeasures;
import org.salesteam.goal.internal.GoalScopes;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/goals}: the caller's visible goals, setting them, review (submit,
 * approve, send back), allocation of a team goal to its reps, and progress. A goal the
 * caller may not see answers 404; one they see but may not change or approve, 403.
 */
@RestController
@Tag(name = "goals")
class GoalApiController {

	record ReviewRequest(@Size(max = 500) String comment) {
	}

	record AllocationRequest(AllocationMethod method, Map<String, BigDecimal> parts) {
	}

	record ProgressView(long goalId, GoalType type, GoalType.Unit unit, String scope, String period, LocalDate from,
			LocalDate to, boolean measured, BigDecimal actual, BigDecimal target, BigDecimal stretch, LocalDate asOf,
			int workingDays, int elapsedWorkingDays, BigDecimal attained, BigDecimal expected, BigDecimal pace,
			String paceStatus, BigDecimal forecast, BigDecimal forecastAttained, BigDecimal stretchAttained,
			boolean lowerIsBetter, Boolean targetMet) {

		static ProgressView of(Goal goal, GoalProgress p) {
			return new ProgressView(goal.getId(), goal.getType(), goal.getType().unit(), goal.getScope(),
					goal.getPeriod().label(), goal.getPeriod().from(), goal.getPeriod().to(), p.measured(), p.actual(),
					p.target(), p.stretch(), p.asOf(), p.workingDays(), p.elapsedDays(), p.attained(), p.expected(),
					p.pace(), p.paceStatus(), p.forecast(), p.forecastAttained(), p.stretchAttained(),
					p.lowerIsBetter(), p.targetMet());
		}

	}

	private final GoalList list;

	private final GoalEditing editing;

	private final GoalAccess access;

	private final GoalScopes scopes;

	private final GoalMeasures measures;

	private final GoalAllocation allocation;

	private final Clock clock;

	GoalApiController(GoalList list, GoalEditing editing, GoalAccess access, GoalScopes scopes, GoalMeasures measures,
			GoalAllocation allocation, Clock clock) {
		this.list = list;
		this.editing = editing;
		this.access = access;
		this.scopes = scopes;
		this.measures = measures;
		this.allocation = allocation;
		this.clock = clock;
	}

	@GetMapping("/api/v1/goals")
	@Operation(summary = "Visible goals whose period overlaps the year (default: this year)")
	List<GoalView> list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) GoalStatus status, @RequestParam(required = false) GoalType type,
			@RequestParam(required = false) String scope) {
		int asked = (year != null) ? year : LocalDate.now(this.clock).getYear();
		return this.list.find(user, asked, status, type, scope).stream().map(this::view).toList();
	}

	@GetMapping("/api/v1/goals/{id}")
	@Operation(summary = "One visible goal")
	GoalView get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return view(this.access.goal(user, id));
	}

	@PostMapping("/api/v1/goals")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Set a goal (a draft) for a scope the caller may set goals for")
	GoalView create(@AuthenticationPrincipal UserPrincipal user, @Valid @RequestBody GoalRequest request) {
		return view(this.editing.create(user, request.toData()));
	}

	@PutMapping("/api/v1/goals/{id}")
	@Operation(summary = "Change a draft's figures; a stale version answers 409")
	GoalView update(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody GoalRequest request) {
		return view(this.editing.revise(user, id, request.version(), request.toData()));
	}

	@DeleteMapping("/api/v1/goals/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a draft that has no allocated parts")
	void delete(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.editing.delete(user, id);
	}

	@PostMapping("/api/v1/goals/{id}/submit")
	@Operation(summary = "Hand a draft to the superior for approval")
	GoalView submit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return view(this.editing.submit(user, id));
	}

	@PostMapping("/api/v1/goals/{id}/approve")
	@Operation(summary = "Approve a submitted goal: a director for team, territory and company goals; the rep's "
			+ "manager or a director for a rep's")
	GoalView approve(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody(required = false) ReviewRequest request) {
		return view(this.editing.approve(user, id, (request != null) ? request.comment() : null));
	}

	@PostMapping("/api/v1/goals/{id}/reject")
	@Operation(summary = "Send a submitted goal back to draft with a comment (same approvers)")
	GoalView reject(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@Valid @RequestBody(required = false) ReviewRequest request) {
		return view(this.editing.sendBack(user, id, (request != null) ? request.comment() : null));
	}

	@GetMapping("/api/v1/goals/{id}/progress")
	@Operation(summary = "Actual, attained (actual ÷ target; target ÷ actual for a lower-is-better goal such as "
			+ "VISIT_COST), targetMet, pace against elapsed working days (Mon–Fri) and a linear forecast to the "
			+ "period's end; ratios are null when undefined")
	ProgressView progress(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		Goal goal = this.access.goal(user, id);
		return ProgressView.of(goal, this.measures.progress(goal));
	}

	@PostMapping("/api/v1/goals/{id}/allocation")
	@Operation(summary = "Split a team goal among its reps (MANUAL with parts by username, EQUAL, LAST_YEAR_SHARE, "
			+ "POTENTIAL); the parts add up exactly and become the reps' goals")
	List<GoalAllocation.Part> allocate(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) AllocationRequest request) {
		AllocationRequest body = (request != null) ? request : new AllocationRequest(null, null);
		return this.allocation.allocate(user, id, body.method(), body.parts());
	}

	@GetMapping("/api/v1/goals/{id}/allocation")
	@Operation(summary = "Preview the parts a method gives, without writing")
	List<GoalAllocation.Part> preview(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam AllocationMethod method) {
		return this.allocation.propose(user, id, method, Map.of());
	}

	private GoalView view(Goal goal) {
		return GoalView.of(goal, this.scopes.label(goal.getScope(), null));
	}

}
