package org.salesteam.visit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.visit.VisitPlanStatus;
import org.salesteam.visit.internal.IsoWeeks;
import org.salesteam.visit.internal.WeekPlans;
import org.salesteam.visit.internal.WeekSchedule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/visit-plans}: a visible rep's weekly visit schedule, its submission by
 * the rep and its review by the rep's manager or a director.
 */
@RestController
@Tag(name = "visit plans")
class VisitPlanApiController {

	record ReviewRequest(VisitPlanStatus decision, String comment) {
	}

	record SubmitRequest(String reason) {
	}

	private final WeekPlans plans;

	private final Clock clock;

	VisitPlanApiController(WeekPlans plans, Clock clock) {
		this.plans = plans;
		this.clock = clock;
	}

	@GetMapping("/api/v1/visit-plans/{username}/{isoWeek}")
	@Operation(summary = "A visible rep's visit schedule for an ISO week such as 2026-W48: visitsNeeded (the "
			+ "standard), visitsDone, visits, status DRAFT|SUBMITTED|APPROVED|RETURNED")
	WeekSchedule get(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String isoWeek) {
		return this.plans.schedule(user, username, isoWeek);
	}

	@PostMapping("/api/v1/visit-plans/{username}/{isoWeek}/submit")
	@Operation(summary = "The rep submits their week (from DRAFT or RETURNED); with fewer visits than the "
			+ "standard a reason is required (422 on reason), kept as shortfallReason for the review")
	WeekSchedule submit(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String isoWeek, @RequestBody(required = false) SubmitRequest request) {
		return this.plans.submit(user, username, isoWeek, (request != null) ? request.reason() : null);
	}

	@PostMapping("/api/v1/visit-plans/{username}/{isoWeek}/review")
	@Operation(summary = "The manager of the rep's team or a director approves (APPROVED) or returns (RETURNED, "
			+ "comment required) a submitted week")
	WeekSchedule review(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String isoWeek, @RequestBody(required = false) ReviewRequest request) {
		ReviewRequest body = (request != null) ? request : new ReviewRequest(null, null);
		return this.plans.review(user, username, isoWeek, body.decision(), body.comment());
	}

	@GetMapping("/api/v1/visit-plans")
	@Operation(summary = "The week's plans of the reps the caller reviews (this week by default)")
	List<WeekPlans.TeamRow> team(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String week) {
		return this.plans.team(user, (week != null) ? week : IsoWeeks.of(LocalDate.now(this.clock)));
	}

}
