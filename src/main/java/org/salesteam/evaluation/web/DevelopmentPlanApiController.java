package org.salesteam.evaluation.web;

import java.time.LocalDate;
import java.util.List;

import org.salesteam.evaluation.internal.DevelopmentPlanItem;
import org.salesteam.evaluation.internal.DevelopmentPlans;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/development-plans} (职业发展计划): a manager or director starts a plan for a
 * rep and fills its three columns (REP, MANAGER, COMPANY) under {@code /{id}/items}; the
 * rep reads their plans, adds and ticks off items of their own column and records the
 * 30/60/90-day follow-ups with the manager. Another rep's plan: 404.
 */
@RestController
@Tag(name = "evaluation")
class DevelopmentPlanApiController {

	record PlanRequest(String username, String title, LocalDate startedOn, Long reviewId) {
	}

	record StatusRequest(String status) {
	}

	private final DevelopmentPlans plans;

	DevelopmentPlanApiController(DevelopmentPlans plans) {
		this.plans = plans;
	}

	@PostMapping("/api/v1/development-plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a development plan for a rep (managers and directors who see the rep); startedOn "
			+ "defaults to today, follow-ups fall 30, 60 and 90 days later")
	DevelopmentViews.PlanView start(@AuthenticationPrincipal UserPrincipal user, @RequestBody PlanRequest request) {
		if (request.username() == null || request.username().isBlank()) {
			throw BusinessRuleException.onField("username", "evaluation.error.required");
		}
		return DevelopmentViews.PlanView.of(this.plans.start(user, request.username().trim(), request.title(),
				request.startedOn(), request.reviewId()));
	}

	@GetMapping("/api/v1/development-plans")
	@Operation(summary = "A rep's development plans with items and progress (default: the caller's own)")
	List<DevelopmentViews.PlanView> list(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String username) {
		String who = (username != null && !username.isBlank()) ? username.trim() : user.getUsername();
		return this.plans.of(user, who).stream().map(DevelopmentViews.PlanView::of).toList();
	}

	@GetMapping("/api/v1/development-plans/{id}")
	@Operation(summary = "One plan; progress = items done ÷ items due (due by today or done earlier)")
	DevelopmentViews.PlanView one(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return DevelopmentViews.PlanView.of(this.plans.one(user, id));
	}

	@GetMapping("/api/v1/development-plans/{id}/items")
	@Operation(summary = "The plan's items, by due date")
	List<DevelopmentViews.ItemView> items(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.plans.one(user, id).items().stream().map(DevelopmentViews.ItemView::of).toList();
	}

	@PostMapping("/api/v1/development-plans/{id}/items")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an item: owner REP, MANAGER or COMPANY, goal, action, kpiCode or skill, dueOn (the "
			+ "rep: items of their own column only)")
	DevelopmentViews.PlanView addItem(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody DevelopmentPlanItem.Form form) {
		return DevelopmentViews.PlanView.of(this.plans.addItem(user, id, form));
	}

	@PatchMapping("/api/v1/development-plans/{id}/items/{itemId}")
	@Operation(summary = "Set an item's status: OPEN, DONE or DROPPED (the rep: items of their own column)")
	DevelopmentViews.PlanView changeItem(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@PathVariable long itemId, @RequestBody StatusRequest request) {
		return DevelopmentViews.PlanView.of(this.plans.changeItem(user, id, itemId, request.status()));
	}

	@PostMapping("/api/v1/development-plans/{id}/follow-ups")
	@Operation(summary = "Record the next 30/60/90-day follow-up as held today")
	DevelopmentViews.PlanView followUp(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return DevelopmentViews.PlanView.of(this.plans.followUp(user, id));
	}

}
