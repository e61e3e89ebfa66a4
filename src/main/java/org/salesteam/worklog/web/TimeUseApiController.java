package org.salesteam.worklog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.worklog.TimeEntry;
import org.salesteam.worklog.internal.TimeEntryLogging;
import org.salesteam.worklog.internal.TimeUseQueries;
import org.salesteam.worklog.internal.TimeUseSummary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/time-entries} and {@code /api/v1/time-use/summary}: time logged per day
 * and category, and the selling ÷ non-selling ratio and (for managers) the five families
 * against the benchmark. A rep reads their own, a manager also their team's reps, a
 * director everyone; anyone else answers 404. The period defaults to the last four weeks.
 */
@RestController
@Tag(name = "time use")
class TimeUseApiController {

	private final TimeEntryLogging logging;

	private final TimeUseQueries queries;

	private final Clock clock;

	TimeUseApiController(TimeEntryLogging logging, TimeUseQueries queries, Clock clock) {
		this.logging = logging;
		this.queries = queries;
		this.clock = clock;
	}

	@PostMapping("/api/v1/time-entries")
	@Operation(summary = "Log (or replace) one day of one's own time, minutes per category")
	TimeUseQueries.Day logDay(@AuthenticationPrincipal UserPrincipal user,
			@Valid @RequestBody TimeEntryRequest request) {
		TimeEntry entry = this.logging.replaceDay(user, request.username(), request.date(), request.minutes());
		return new TimeUseQueries.Day(request.date(), user.getUsername(), entry.getMinutes(),
				entry.getMinutes().values().stream().mapToInt(Integer::intValue).sum());
	}

	@GetMapping("/api/v1/time-entries")
	@Operation(summary = "The logged days of a visible user (default: oneself) in a period")
	List<TimeUseQueries.Day> days(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate end = (to != null) ? to : LocalDate.now(this.clock);
		return this.queries.days(user, username, (from != null) ? from : WorklogWeb.defaultFrom(end), end);
	}

	@GetMapping("/api/v1/time-use/summary")
	@Operation(summary = "Minutes per category, selling ÷ non-selling ratio (null when non-selling is 0) and, "
			+ "for managers, the family shares against the benchmark 36/20/18/18/8 %")
	TimeUseSummary summary(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate end = (to != null) ? to : LocalDate.now(this.clock);
		return this.queries.summary(user, username, (from != null) ? from : WorklogWeb.defaultFrom(end), end);
	}

}
