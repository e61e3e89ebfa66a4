package org.salesteam.coaching.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.salesteam.coaching.internal.SalesMeetings;
import org.salesteam.platform.UserPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/sales-meetings}: sales meetings (销售会议) with purpose, topic, format,
 * agenda, materials, decisions, attendees and actions; closing an action.
 */
@RestController
@Tag(name = "coaching")
class MeetingApiController {

	private final SalesMeetings meetings;

	MeetingApiController(SalesMeetings meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/api/v1/sales-meetings")
	@Operation(
			summary = "The meetings the caller held, attended or owns an action of, and those of the reps' managers below")
	List<SalesMeetings.Meeting> list(@AuthenticationPrincipal UserPrincipal user) {
		return this.meetings.visible(user);
	}

	@PostMapping("/api/v1/sales-meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a meeting (managers and directors): purpose TRAINING|COMMUNICATION|SHARING|MOTIVATION|"
			+ "PROBLEM_SOLVING|NEW_PRODUCTS, topic a self-test item code, format, attendees and actions "
			+ "[{description, owner, dueOn}]")
	SalesMeetings.Meeting hold(@AuthenticationPrincipal UserPrincipal user,
			@RequestBody(required = false) SalesMeetings.MeetingRequest body) {
		return this.meetings.hold(user, body);
	}

	@GetMapping("/api/v1/sales-meetings/{id}")
	@Operation(summary = "One meeting")
	SalesMeetings.Meeting get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.meetings.find(user, id);
	}

	@PostMapping("/api/v1/sales-meetings/{id}/actions/{index}/close")
	@Operation(summary = "Close an action today (its owner or the organizer); the first close stands")
	SalesMeetings.Meeting close(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@PathVariable int index) {
		return this.meetings.close(user, id, index);
	}

}
