package org.salesteam.evaluation.web;

import java.time.LocalDate;
import java.util.List;

import org.salesteam.evaluation.internal.NineBox;
import org.salesteam.evaluation.internal.PotentialReview;
import org.salesteam.evaluation.internal.PotentialReviews;
import org.salesteam.evaluation.internal.ScorecardQueries;
import org.salesteam.performance.KpiScope;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

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
 * {@code /api/v1/potential-reviews} (进步潜力评估) and {@code /api/v1/nine-box}: managers and
 * directors write reviews of reps they may see and share them; the rep reads and
 * acknowledges their shared reviews (a draft or another person's review: 404); a director
 * calibrates a 9-box place with a reason.
 */
@RestController
@Tag(name = "evaluation")
class PotentialReviewApiController {

	/**
	 * A new review: the rep, the scorecard period (default the last closed year), the
	 * form.
	 */
	record ReviewRequest(String username, LocalDate from, LocalDate to, Boolean share, Boolean willingToRelocate,
			Boolean willingOtherTerritory, Boolean promoteNow, Boolean futureCandidate, String positions,
			String candidateWhen, String toQualify, String strengths, String weaknesses, LocalDate meetingOn) {

		PotentialReview.Form form() {
			return new PotentialReview.Form(this.willingToRelocate, this.willingOtherTerritory,
					Boolean.TRUE.equals(this.promoteNow), Boolean.TRUE.equals(this.futureCandidate), this.positions,
					this.candidateWhen, this.toQualify, this.strengths, this.weaknesses, this.meetingOn);
		}

	}

	record AcknowledgeRequest(String comment) {
	}

	record CalibrationRequest(String performance, String potential, String reason) {
	}

	private final PotentialReviews reviews;

	private final NineBox nineBox;

	private final ScorecardQueries queries;

	PotentialReviewApiController(PotentialReviews reviews, NineBox nineBox, ScorecardQueries queries) {
		this.reviews = reviews;
		this.nineBox = nineBox;
		this.queries = queries;
	}

	@PostMapping("/api/v1/potential-reviews")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a progress-potential review of a rep (managers and directors who see the rep); "
			+ "quartile and score come from the rep's scorecard of the period (default the last closed year); "
			+ "share=true shares it with the rep at once")
	DevelopmentViews.ReviewView write(@AuthenticationPrincipal UserPrincipal user, @RequestBody ReviewRequest request) {
		if (request.username() == null || request.username().isBlank()) {
			throw BusinessRuleException.onField("username", "evaluation.error.required");
		}
		return DevelopmentViews.ReviewView
			.of(this.reviews.write(user, request.username().trim(), this.queries.period(request.from(), request.to()),
					request.form(), Boolean.TRUE.equals(request.share())));
	}

	@GetMapping("/api/v1/potential-reviews")
	@Operation(summary = "A rep's reviews, newest first (default: the caller's own); the rep sees only shared "
			+ "ones; 404 for a rep the caller may not see")
	List<DevelopmentViews.ReviewView> list(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String username) {
		String who = (username != null && !username.isBlank()) ? username.trim() : user.getUsername();
		return this.reviews.of(user, who).stream().map(DevelopmentViews.ReviewView::of).toList();
	}

	@GetMapping("/api/v1/potential-reviews/{id}")
	@Operation(summary = "One review; 404 if the caller may not see it (the rep: not yet shared)")
	DevelopmentViews.ReviewView one(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return DevelopmentViews.ReviewView.of(this.reviews.one(user, id));
	}

	@PostMapping("/api/v1/potential-reviews/{id}/share")
	@Operation(summary = "Share the review with the rep (its author or a director)")
	DevelopmentViews.ReviewView share(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return DevelopmentViews.ReviewView.of(this.reviews.share(user, id));
	}

	@PostMapping("/api/v1/potential-reviews/{id}/acknowledge")
	@Operation(summary = "The rep acknowledges their shared review, with an optional comment")
	DevelopmentViews.ReviewView acknowledge(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) AcknowledgeRequest request) {
		return DevelopmentViews.ReviewView
			.of(this.reviews.acknowledge(user, id, (request != null) ? request.comment() : null));
	}

	@PutMapping("/api/v1/potential-reviews/{id}/calibration")
	@Operation(summary = "A director places the review's rep in another 9-box cell (HIGH, MEDIUM, LOW) with a "
			+ "reason (audited)")
	DevelopmentViews.ReviewView calibrate(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody CalibrationRequest request) {
		return DevelopmentViews.ReviewView
			.of(this.reviews.calibrate(user, id, request.performance(), request.potential(), request.reason()));
	}

	@GetMapping("/api/v1/nine-box")
	@Operation(summary = "The 9-box of the company's or a team's reps: performance from the quartile of their "
			+ "latest review, potential from its answers, or a director's calibration")
	NineBox.Grid nineBox(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(defaultValue = "company") String scope) {
		return this.nineBox.of(user, KpiScope.parse(scope));
	}

}
