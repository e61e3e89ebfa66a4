package org.salesteam.retention.web;

import java.util.List;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.Surveys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Satisfaction surveys (衡量顾客满意度): {@code POST /api/v1/retention/surveys} sends a CSAT or
 * NPS survey to a visible customer and answers the link to pass on (once: only its hash
 * is kept); {@code GET} lists the surveys of visible customers; {@code POST …/{id}/link}
 * takes a new link for a survey not answered yet (the way to the link of a survey the
 * application created, ADR 0047); {@code POST …/{id}/follow-up-done} closes a detractor's
 * follow-up.
 */
@RestController
@Tag(name = "retention")
class SurveyApiController {

	record SendBody(Long customerId, Long contactId, String kind) {
	}

	private final Surveys surveys;

	SurveyApiController(Surveys surveys) {
		this.surveys = surveys;
	}

	@PostMapping("/api/v1/retention/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send a survey (kind CSAT or NPS) to a visible customer, optionally one contact of it; at "
			+ "most one per contact (or per customer without one) in 90 days; answers the link, valid 14 days")
	Surveys.Sent send(@AuthenticationPrincipal UserPrincipal user, @RequestBody SendBody body) {
		if (body.customerId() == null) {
			throw BusinessRuleException.onField("customerId", "retention.error.required");
		}
		return this.surveys.send(user, body.customerId(), body.contactId(), body.kind());
	}

	@GetMapping("/api/v1/retention/surveys")
	@Operation(summary = "The latest surveys of visible customers (one customer's with customerId)")
	List<Surveys.Row> list(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) Long customerId) {
		return this.surveys.list(user, customerId);
	}

	@PostMapping("/api/v1/retention/surveys/{id}/link")
	@Operation(summary = "A new link, valid 14 days, for a survey not answered yet (an earlier link stops working); "
			+ "404 for a survey of a customer the caller does not see, 422 when already answered")
	Surveys.Sent link(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.surveys.issueLink(user, id);
	}

	@PostMapping("/api/v1/retention/surveys/{id}/follow-up-done")
	@Operation(summary = "Close a detractor's follow-up; 404 for a survey of a customer the caller does not see")
	void followUpDone(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.surveys.followUpDone(user, id);
	}

}
