package org.salesteam.retention.web;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.ExitInterview;
import org.salesteam.retention.internal.LostCustomers;
import org.salesteam.retention.internal.LostReasons;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
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
 * Lost customers (流失客户): {@code POST /api/v1/customers/{id}/lost} marks a visible
 * customer lost with a reason from the list and opens its exit interview;
 * {@code /api/v1/retention/lost} the losses and their reasons;
 * {@code /api/v1/retention/exit-interviews/{id}} the interview's answers.
 */
@RestController
@Tag(name = "retention")
class LostApiController {

	record LostBody(String reason, Boolean preventable, String competitor, String note) {
	}

	record LostView(long id, long customerId, String reason, boolean preventable, String competitor, String note,
			LocalDate lostOn, InterviewRef exitInterview) {
	}

	record InterviewRef(long id, LocalDate dueOn, String status) {
	}

	record AnswerBody(String whyStopped, String whereDisappointed, String competitorOffer) {
	}

	record InterviewView(long id, long customerId, LocalDate dueOn, String status, String whyStopped,
			String whereDisappointed, String competitorOffer, LocalDate doneOn) {
	}

	private final LostCustomers lost;

	private final LostReasons reasons;

	private final Clock clock;

	LostApiController(LostCustomers lost, LostReasons reasons, Clock clock) {
		this.lost = lost;
		this.reasons = reasons;
		this.clock = clock;
	}

	@PostMapping("/api/v1/customers/{id}/lost")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Mark a customer lost with a reason (PRICE, QUALITY, DELIVERY, SERVICE_NEGLECT, PRODUCT_FIT, "
			+ "COMPETITOR, CONTACT_LEFT, CREDIT_STOPPED, CUSTOMER_CLOSED, OTHER); opens an exit interview due in 14 days")
	LostView markLost(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) LostBody body) {
		LostBody request = (body != null) ? body : new LostBody(null, null, null, null);
		LostCustomers.Recorded recorded = this.lost.markLost(user, id, request.reason(), request.preventable(),
				request.competitor(), request.note());
		return new LostView(recorded.id(), recorded.customerId(), recorded.request().reason().name(),
				recorded.request().preventable(), recorded.request().competitor(), recorded.request().note(),
				recorded.lostOn(), new InterviewRef(recorded.exitInterviewId(), recorded.exitInterviewDue(), "OPEN"));
	}

	@GetMapping("/api/v1/retention/lost")
	@Operation(summary = "Customers lost in a period (default: the last 12 months) with reasons, exit interviews and "
			+ "counts by reason, team, class and competitor")
	LostReasons.Report report(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String scope) {
		LocalDate end = (to != null) ? to : LocalDate.now(this.clock);
		return this.reasons.report(user, (from != null) ? from : end.minusYears(1).plusDays(1), end, scope);
	}

	@PostMapping("/api/v1/retention/exit-interviews/{id}")
	@Operation(summary = "Record the exit interview's answers (whyStopped is required)")
	InterviewView answer(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody AnswerBody body) {
		ExitInterview done = this.lost.answer(user, id, body.whyStopped(), body.whereDisappointed(),
				body.competitorOffer());
		return new InterviewView(done.getId(), done.getCustomerId(), done.getDueOn(), done.getStatus(),
				done.getWhyStopped(), done.getWhereDisappointed(), done.getCompetitorOffer(), done.getDoneOn());
	}

}
