package org.salesteam.worklog.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.worklog.ActivityType;
import org.salesteam.worklog.internal.ActivityFilter;
import org.salesteam.worklog.internal.ActivityList;
import org.salesteam.worklog.internal.ActivityLogging;
import org.salesteam.worklog.internal.WorklogAccess;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/activities}: other (non-selling) activities, visible by the rep who did
 * them. Logging is for oneself; a customer the caller may not see answers 404 and nothing
 * is written.
 */
@RestController
@Tag(name = "activities")
class ActivityApiController {

	private final ActivityList list;

	private final ActivityLogging logging;

	private final WorklogAccess access;

	ActivityApiController(ActivityList list, ActivityLogging logging, WorklogAccess access) {
		this.list = list;
		this.logging = logging;
		this.access = access;
	}

	@GetMapping("/api/v1/activities")
	@Operation(summary = "Visible other activities, newest first; nextPage is null on the last page")
	ActivityList.Page list(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) ActivityType type, @RequestParam(required = false) Long customerId,
			@RequestParam(required = false) Long ownerId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return this.list.find(user, new ActivityFilter(from, to, type, customerId, ownerId, page, size));
	}

	@GetMapping("/api/v1/activities/totals")
	@Operation(summary = "Count, minutes and amount per kind of the visible activities (the non-selling measures)")
	List<ActivityList.Total> totals(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long ownerId) {
		return this.list.totals(user, new ActivityFilter(from, to, null, customerId, ownerId, 0, 1));
	}

	@GetMapping("/api/v1/activities/{id}")
	@Operation(summary = "One visible activity")
	ActivityView get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return ActivityView.of(this.access.activity(user, id));
	}

	@PostMapping("/api/v1/activities")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Log an activity of one's own; RECEIVABLE_COLLECTED needs amount (CNY)")
	ActivityView create(@AuthenticationPrincipal UserPrincipal user, @Valid @RequestBody ActivityRequest request) {
		return ActivityView.of(this.logging.log(user, request.toInput()));
	}

	@DeleteMapping("/api/v1/activities/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete one of one's own activities")
	void delete(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.logging.delete(user, id);
	}

}
