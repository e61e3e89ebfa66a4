package org.salesteam.evaluation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesteam.evaluation.internal.Candidate;
import org.salesteam.evaluation.internal.Interview;
import org.salesteam.evaluation.internal.Recruiting;
import org.salesteam.evaluation.internal.RecruitingProfile;
import org.salesteam.evaluation.internal.ScorecardQueries;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
 * Recruiting (招聘): {@code /api/v1/recruiting/positions}, {@code /api/v1/candidates} and
 * {@code /api/v1/recruiting/profile}. Managers, directors and admins read (everyone else
 * 403); managers and directors write; a candidate is deleted on request by any of the
 * three.
 */
@RestController
@Tag(name = "evaluation")
class RecruitingApiController {

	record PositionRequest(String title, Long teamId, LocalDate openedOn) {
	}

	record ReasonRequest(String reason) {
	}

	record CandidateRequest(Long positionId, String fullName, String phone, String email, String source) {
	}

	record InterviewRequest(LocalDate heldOn, Map<String, Interview.Score> scores, String basicQualities) {
	}

	record DecisionRequest(String decision, String note) {
	}

	record HireRequest(String username, LocalDate hiredOn) {
	}

	private final Recruiting recruiting;

	private final RecruitingProfile profile;

	private final ScorecardQueries queries;

	RecruitingApiController(Recruiting recruiting, RecruitingProfile profile, ScorecardQueries queries) {
		this.recruiting = recruiting;
		this.profile = profile;
		this.queries = queries;
	}

	@GetMapping("/api/v1/recruiting/positions")
	@Operation(summary = "Open and closed positions, newest first")
	List<RecruitingViews.PositionView> positions(@AuthenticationPrincipal UserPrincipal user) {
		return this.recruiting.positions(user).stream().map(RecruitingViews.PositionView::of).toList();
	}

	@PostMapping("/api/v1/recruiting/positions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a position (managers and directors)")
	RecruitingViews.PositionView open(@AuthenticationPrincipal UserPrincipal user,
			@RequestBody PositionRequest request) {
		return RecruitingViews.PositionView
			.of(this.recruiting.openPosition(user, request.title(), request.teamId(), request.openedOn()));
	}

	@PostMapping("/api/v1/recruiting/positions/{id}/close")
	@Operation(summary = "Close an open position with a reason (managers and directors; audited): it takes no "
			+ "new candidates (422 on positionId)")
	RecruitingViews.PositionView close(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody ReasonRequest request) {
		return RecruitingViews.PositionView.of(this.recruiting.closePosition(user, id, request.reason()));
	}

	@PostMapping("/api/v1/recruiting/positions/{id}/reopen")
	@Operation(summary = "Reopen a closed position with a reason (managers and directors; audited)")
	RecruitingViews.PositionView reopen(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody ReasonRequest request) {
		return RecruitingViews.PositionView.of(this.recruiting.reopenPosition(user, id, request.reason()));
	}

	@GetMapping("/api/v1/recruiting/profile")
	@Operation(summary = "What the company's top-quartile reps do (median per scorecard metric beside everyone's) "
			+ "and, once 5 hires have a first year, Spearman's correlation of interview and first-year score")
	RecruitingProfile.View profile(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return this.profile.of(user, this.queries.period(from, to));
	}

	@GetMapping("/api/v1/candidates")
	@Operation(summary = "The candidate pipeline, newest first, optionally of one position")
	List<RecruitingViews.CandidateView> candidates(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) Long positionId) {
		return this.recruiting.candidates(user, positionId).stream().map(RecruitingViews.CandidateView::of).toList();
	}

	@PostMapping("/api/v1/candidates")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Enter a candidate for an open position (managers and directors)")
	RecruitingViews.CandidateView add(@AuthenticationPrincipal UserPrincipal user,
			@RequestBody CandidateRequest request) {
		return RecruitingViews.CandidateView.of(this.recruiting.add(user, new Candidate.Form(request.positionId(),
				request.fullName(), request.phone(), request.email(), request.source())));
	}

	@GetMapping("/api/v1/candidates/{id}")
	@Operation(summary = "A candidate with interviews, the mean per trait and the traits to discuss")
	RecruitingViews.CandidateView one(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return RecruitingViews.CandidateView.of(this.recruiting.one(user, id));
	}

	@PostMapping("/api/v1/candidates/{id}/interviews")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The caller's interview: every trait scored 1-5 with evidence, the basic qualities in words")
	RecruitingViews.CandidateView interview(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody InterviewRequest request) {
		return RecruitingViews.CandidateView.of(this.recruiting.interview(user, id,
				new Interview.Form(request.heldOn(), request.scores(), request.basicQualities())));
	}

	@PostMapping("/api/v1/candidates/{id}/decision")
	@Operation(summary = "OFFER (at least two interviewers), REJECT or WITHDRAW")
	RecruitingViews.CandidateView decide(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody DecisionRequest request) {
		return RecruitingViews.CandidateView.of(this.recruiting.decide(user, id, request.decision(), request.note()));
	}

	@PostMapping("/api/v1/candidates/{id}/hire")
	@Operation(summary = "Link the offered candidate to the rep account the admin created; starts the "
			+ "first-90-days development plan")
	RecruitingViews.CandidateView hire(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody HireRequest request) {
		return RecruitingViews.CandidateView.of(this.recruiting.hire(user, id, request.username(), request.hiredOn()));
	}

	@DeleteMapping("/api/v1/candidates/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a candidate and their interviews on request (personal data is not kept)")
	void delete(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.recruiting.delete(user, id);
	}

}
