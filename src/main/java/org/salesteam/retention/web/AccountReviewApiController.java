package org.salesteam.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.AccountReviews;
import org.salesteam.retention.internal.ReviewMinutes;

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
 * Annual review meetings with key customers (年度评估会议, ADR 0047): the year's view of the
 * visible key accounts with their reviews and compliance, planning, rescheduling,
 * cancelling, one review with its pack, recording the meeting (minutes and actions) and
 * closing an action. Support staff read (writes 403); a review of a customer the caller
 * does not see is a 404.
 */
@RestController
@Tag(name = "retention")
class AccountReviewApiController {

	record PlanBody(Long customerId, LocalDate plannedOn) {
	}

	record MinutesBody(LocalDate heldOn, List<String> points, String attendees, String feedback, Integer satisfaction,
			String newNeeds, Boolean referralAsked, String referralReceived, String minutes,
			List<ReviewMinutes.Action> actions) {
	}

	private final AccountReviews reviews;

	private final Clock clock;

	AccountReviewApiController(AccountReviews reviews, Clock clock) {
		this.reviews = reviews;
		this.clock = clock;
	}

	@GetMapping("/api/v1/account-reviews")
	@Operation(summary = "The visible key accounts (scope company|team:{id}|territory:{code}|rep:{username}) with "
			+ "their reviews of the year (default this year) and compliance HELD|OVERDUE|PLANNED|NONE")
	List<AccountReviews.YearRow> year(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String scope) {
		return this.reviews.year(user, (year != null) ? year : LocalDate.now(this.clock).getYear(), scope);
	}

	@PostMapping("/api/v1/account-reviews")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan a review of a visible key account on a day; at most two a year (422 on plannedOn)")
	Map<String, Long> plan(@AuthenticationPrincipal UserPrincipal user, @RequestBody PlanBody body) {
		return Map.of("id", this.reviews.plan(user, body.customerId(), body.plannedOn()));
	}

	@GetMapping("/api/v1/account-reviews/{id}")
	@Operation(summary = "One review with its actions and the pack built from the data as of its day")
	AccountReviews.Detail detail(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.reviews.detail(user, id);
	}

	@PutMapping("/api/v1/account-reviews/{id}/schedule")
	@Operation(summary = "Move a planned review to another day")
	void reschedule(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestBody PlanBody body) {
		this.reviews.reschedule(user, id, body.plannedOn());
	}

	@PostMapping("/api/v1/account-reviews/{id}/minutes")
	@Operation(summary = "Record the meeting as held: the day (not in the future), the planning points ticked, "
			+ "feedback, satisfaction 1-5, new needs, referral asked and received, minutes, actions with owner "
			+ "(user name) and due date; a 422 names the field")
	void hold(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestBody MinutesBody body) {
		this.reviews.hold(user, id,
				new ReviewMinutes(body.heldOn(), ReviewForms.points(body.points()), body.attendees(), body.feedback(),
						body.satisfaction(), body.newNeeds(), Boolean.TRUE.equals(body.referralAsked()),
						body.referralReceived(), body.minutes(), body.actions()));
	}

	@PostMapping("/api/v1/account-reviews/{id}/cancel")
	@Operation(summary = "Cancel a review not held")
	void cancel(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.reviews.cancel(user, id);
	}

	@PostMapping("/api/v1/account-reviews/{id}/actions/{position}/done")
	@Operation(summary = "Mark an action done (its owner, or whoever may change the review)")
	void actionDone(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable int position) {
		this.reviews.actionDone(user, id, position);
	}

}
