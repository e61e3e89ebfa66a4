package org.salesteam.motivation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.salesteam.motivation.internal.Contest;
import org.salesteam.motivation.internal.ContestDraft;
import org.salesteam.motivation.internal.ContestEditing;
import org.salesteam.motivation.internal.ContestEvaluation;
import org.salesteam.motivation.internal.ContestFrozenException;
import org.salesteam.motivation.internal.FairnessCheck;
import org.salesteam.motivation.internal.Leaderboards;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/contests}: design, check, launch and follow sales contests. Managers
 * design contests for their teams, directors and admins for all (reps and support staff:
 * 403); a contest is seen by its designer, committee, participants and their managers
 * (others: 404); after launch its rules are frozen (PUT and start: 409).
 */
@RestController
@Tag(name = "motivation")
class ContestApiController {

	/** The optional body of {@code start}. */
	record StartRequest(String overrideReason) {
	}

	private final ContestEditing editing;

	private final Leaderboards leaderboards;

	private final FairnessCheck fairness;

	private final ContestEvaluation evaluation;

	private final MessageSource messages;

	private final Clock clock;

	ContestApiController(ContestEditing editing, Leaderboards leaderboards, FairnessCheck fairness,
			ContestEvaluation evaluation, MessageSource messages, Clock clock) {
		this.editing = editing;
		this.leaderboards = leaderboards;
		this.fairness = fairness;
		this.evaluation = evaluation;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/api/v1/contests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Design a contest (DRAFT): managers for their teams, directors for all; 422 names the field")
	ContestViews.Created create(@AuthenticationPrincipal UserPrincipal user, @RequestBody ContestDraft draft) {
		Contest contest = this.editing.create(user, draft);
		return new ContestViews.Created(contest.getId(), contest.status(today()));
	}

	@GetMapping("/api/v1/contests")
	@Operation(summary = "The contests the caller sees, newest window first")
	List<ContestViews.ContestView> list(@AuthenticationPrincipal UserPrincipal user) {
		return this.editing.list(user).stream().map((c) -> ContestViews.contest(c, c.status(today()))).toList();
	}

	@GetMapping("/api/v1/contests/{id}")
	@Operation(summary = "One contest with its status; 404 for a contest the caller does not see")
	ContestViews.ContestView get(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		Contest contest = this.editing.visible(user, id);
		return ContestViews.contest(contest, contest.status(today()));
	}

	@PutMapping("/api/v1/contests/{id}")
	@Operation(
			summary = "Change a draft's rules, scoring or participants (audited, new rules version); 409 once launched")
	ContestViews.ContestView update(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody ContestDraft draft) {
		Contest contest = this.editing.update(user, id, draft);
		return ContestViews.contest(contest, contest.status(today()));
	}

	@PostMapping("/api/v1/contests/{id}/start")
	@Operation(summary = "Launch a draft: runs the fairness check; an UNFAIR contest needs overrideReason (422)")
	ContestViews.ContestView start(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) StartRequest request) {
		Contest contest = this.editing.start(user, id, (request != null) ? request.overrideReason() : null);
		return ContestViews.contest(contest, contest.status(today()));
	}

	@GetMapping("/api/v1/contests/{id}/leaderboard")
	@Operation(summary = "The standings in every state (a draft: preview over its window); ties share the better rank")
	ContestViews.BoardView leaderboard(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return ContestViews.board(this.leaderboards.board(user, id));
	}

	@PostMapping("/api/v1/contests/{id}/fairness")
	@Operation(summary = "Replay the rules on the last four windows of the same length: winners, Gini, verdict")
	ContestViews.FairnessView fairness(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return ContestViews.fairness(this.fairness.check(user, id));
	}

	@GetMapping("/api/v1/contests/{id}/evaluation")
	@Operation(summary = "Effectiveness: pre-dip, lift, post-dip, net incremental profit, ROI and verdict")
	ContestViews.EvaluationView evaluation(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return ContestViews.evaluation(this.evaluation.evaluate(user, id));
	}

	@ExceptionHandler(ContestFrozenException.class)
	ProblemDetail frozen(ContestFrozenException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("motivation.error.frozen", null, locale));
		problem.setTitle(this.messages.getMessage("problem.title.409", null, "Conflict", locale));
		return problem;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
