package org.salesteam.worklog.web;

import java.util.List;

import jakarta.validation.Valid;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.worklog.internal.ManagerWeekPlanning;
import org.salesteam.worklog.internal.SelfAssessments;

import io.swagger.v3.oas.annotations.Operation;
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
 * {@code /api/v1/manager-weeks} and {@code /api/v1/self-assessments}: the manager's week
 * (每周计划指南) and the self-assessments over time, for managers and directors. A manager
 * writes their own; a director reads anyone's; another manager's answers 404.
 */
@RestController
@Tag(name = "manager's week")
class ManagerWeekApiController {

	private final ManagerWeekPlanning planning;

	private final SelfAssessments assessments;

	ManagerWeekApiController(ManagerWeekPlanning planning, SelfAssessments assessments) {
		this.planning = planning;
		this.assessments = assessments;
	}

	@GetMapping("/api/v1/manager-weeks/{username}/{isoWeek}")
	@Operation(summary = "A manager's week, e.g. 2026-W48: goals, five highest-return tasks per view, review")
	ManagerWeekView get(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String isoWeek) {
		return ManagerWeekView.of(username, isoWeek, this.planning.find(user, username, isoWeek).orElse(null));
	}

	@PutMapping("/api/v1/manager-weeks/{username}/{isoWeek}")
	@Operation(summary = "Write one's own week (replaces it)")
	ManagerWeekView put(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String isoWeek, @Valid @RequestBody ManagerWeekRequest request) {
		return ManagerWeekView.of(username, isoWeek,
				this.planning.plan(user, username, isoWeek, request.goals(), request.tasksOrEmpty(), request.review()));
	}

	@GetMapping("/api/v1/self-assessments")
	@Operation(summary = "A manager's self-assessments (default: one's own), oldest first")
	List<SelfAssessmentView> history(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String username) {
		return this.assessments.history(user, username).stream().map(SelfAssessmentView::of).toList();
	}

	@PostMapping("/api/v1/self-assessments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Rate oneself 优/良/普通/差 (EXCELLENT/GOOD/FAIR/POOR) on the six workflow steps "
			+ "and the 20 skills; again on the same day replaces that day's")
	SelfAssessmentView record(@AuthenticationPrincipal UserPrincipal user,
			@Valid @RequestBody SelfAssessmentRequest request) {
		return SelfAssessmentView
			.of(this.assessments.record(user, request.assessedOn(), request.ratings(), request.note()));
	}

}
