package org.salesteam.coaching.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.salesteam.coaching.internal.CoachingSessions;
import org.salesteam.coaching.internal.SessionList;
import org.salesteam.coaching.internal.StepFields;
import org.salesteam.coaching.internal.StepOutOfOrderException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/coaching-sessions}: coaching on real visits in the handbook's five steps
 * (OBJECTIVE → PLAN → OBSERVE → DEBRIEF → REVIEW). Only the rep's manager or a director
 * starts one (403); a step out of order is 409 naming the expected step; a session is
 * seen by its coach, its rep and those who see the rep's records (404 for anyone else).
 */
@RestController
@Tag(name = "coaching")
class CoachingApiController {

	record StartRequest(String repUsername, Long visitId) {
	}

	private final CoachingSessions sessions;

	private final SessionList list;

	private final MessageSource messages;

	CoachingApiController(CoachingSessions sessions, SessionList list, MessageSource messages) {
		this.sessions = sessions;
		this.list = list;
		this.messages = messages;
	}

	@PostMapping("/api/v1/coaching-sessions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Coach a rep on one of the rep's visits (the rep's manager or a director); step OBJECTIVE")
	SessionView start(@AuthenticationPrincipal UserPrincipal user, @RequestBody StartRequest body) {
		return SessionView.of(this.list.detail(this.sessions.start(user, body.repUsername(), body.visitId())));
	}

	@GetMapping("/api/v1/coaching-sessions")
	@Operation(summary = "The sessions the caller sees by visit day, the latest first; rep, from, to, open")
	List<SessionList.Row> find(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String rep,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean open) {
		return this.list.find(user, rep, from, to, open, 500);
	}

	@GetMapping("/api/v1/coaching-sessions/{id}")
	SessionView one(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return SessionView.of(this.list.one(user, id));
	}

	@PostMapping("/api/v1/coaching-sessions/{id}/steps/{step}")
	@Operation(summary = "Record a step (the coach or the rep; OBSERVE the coach only); answers the session with "
			+ "its next step; out of order → 409 with expectedStep")
	SessionView step(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable String step,
			@RequestBody(required = false) StepFields body) {
		return SessionView.of(this.list.detail(this.sessions.record(user, id, step, body)));
	}

	@ExceptionHandler(StepOutOfOrderException.class)
	ProblemDetail outOfOrder(StepOutOfOrderException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		String expected = this.messages.getMessage("coaching.step." + ex.expected(), null, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, this.messages
			.getMessage("coaching.error.outOfOrder", new Object[] { expected, ex.expected().name() }, locale));
		problem.setTitle(this.messages.getMessage("coaching.error.outOfOrderTitle", null, locale));
		problem.setProperty("expectedStep", ex.expected().name());
		problem.setProperty("askedStep", ex.asked().name());
		return problem;
	}

}
