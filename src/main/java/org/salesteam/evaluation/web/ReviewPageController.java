package org.salesteam.evaluation.web;

import java.time.LocalDate;

import org.salesteam.evaluation.internal.NineBox;
import org.salesteam.evaluation.internal.PotentialReview;
import org.salesteam.evaluation.internal.PotentialReviews;
import org.salesteam.evaluation.internal.ScorecardQueries;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 进步潜力评估 pages: a rep's reviews under their scorecard
 * ({@code /evaluation/scorecards/{username}/reviews}) — the manager writes and shares one
 * there (the quartile shown from the scorecard, not typed), the rep reads the shared ones
 * and acknowledges them with a comment — and the 9-box ({@code /evaluation/nine-box}),
 * where a director calibrates a place with a reason. Same rights as the API.
 */
@Controller
class ReviewPageController {

	/** The form as posted; the yes/no answers as "true", "false" or empty. */
	record ReviewForm(String willingToRelocate, String willingOtherTerritory, Boolean promoteNow,
			Boolean futureCandidate, String positions, String candidateWhen, String toQualify, String strengths,
			String weaknesses, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingOn, String action) {

		PotentialReview.Form form() {
			return new PotentialReview.Form(yesNo(this.willingToRelocate), yesNo(this.willingOtherTerritory),
					Boolean.TRUE.equals(this.promoteNow), Boolean.TRUE.equals(this.futureCandidate), this.positions,
					this.candidateWhen, this.toQualify, this.strengths, this.weaknesses, this.meetingOn);
		}

		private static Boolean yesNo(String text) {
			return (text == null || text.isBlank()) ? null : Boolean.valueOf(text);
		}

	}

	private final PotentialReviews reviews;

	private final NineBox nineBox;

	private final ScorecardQueries queries;

	private final ScorecardPageSupport support;

	ReviewPageController(PotentialReviews reviews, NineBox nineBox, ScorecardQueries queries,
			ScorecardPageSupport support) {
		this.reviews = reviews;
		this.nineBox = nineBox;
		this.queries = queries;
		this.support = support;
	}

	@GetMapping("/evaluation/scorecards/{username}/reviews")
	String reviews(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username, Model model) {
		KpiPeriod period = this.queries.period(null, null);
		model.addAttribute("reviews",
				this.reviews.of(user, username).stream().map(DevelopmentViews.ReviewView::of).toList());
		model.addAttribute("username", username);
		model.addAttribute("displayName", this.support.displayName(username));
		model.addAttribute("self", user.getUsername().equalsIgnoreCase(username));
		model.addAttribute("canWrite",
				user.hasAnyRole(Role.MANAGER, Role.DIRECTOR) && !user.getUsername().equalsIgnoreCase(username));
		model.addAttribute("standing", this.reviews.standing(user, username, period).orElse(null));
		model.addAttribute("period", period);
		model.addAttribute("whens", PotentialReview.When.values());
		return "evaluation/reviews";
	}

	@PostMapping("/evaluation/scorecards/{username}/reviews")
	ModelAndView write(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username, ReviewForm form,
			RedirectAttributes flash) {
		try {
			this.reviews.write(user, username, this.queries.period(null, null), form.form(),
					"share".equals(form.action()));
			flash.addFlashAttribute("saved", "evaluation.review.saved");
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", this.support.message(ex));
		}
		return FormPages.seeOther("/evaluation/scorecards/" + username + "/reviews");
	}

	@PostMapping("/evaluation/scorecards/{username}/reviews/{id}/share")
	ModelAndView share(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable long id) {
		requireOf(user, username, id);
		this.reviews.share(user, id);
		return FormPages.seeOther("/evaluation/scorecards/" + username + "/reviews");
	}

	@PostMapping("/evaluation/scorecards/{username}/reviews/{id}/acknowledge")
	ModelAndView acknowledge(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable long id, @RequestParam(required = false) String comment) {
		requireOf(user, username, id);
		this.reviews.acknowledge(user, id, comment);
		return FormPages.seeOther("/evaluation/scorecards/" + username + "/reviews");
	}

	@GetMapping("/evaluation/nine-box")
	String nineBox(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String scope,
			Model model) {
		String shown = (scope != null) ? scope : this.support.defaultScope(user);
		model.addAttribute("grid", this.nineBox.of(user, KpiScope.parse(shown)));
		model.addAttribute("scope", shown);
		model.addAttribute("scopes", this.support.scopes(user));
		model.addAttribute("director", user.hasRole(Role.DIRECTOR));
		return "evaluation/ninebox";
	}

	@PostMapping("/evaluation/nine-box/calibrations")
	ModelAndView calibrate(@AuthenticationPrincipal UserPrincipal user, @RequestParam long reviewId,
			@RequestParam String performance, @RequestParam String potential,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "company") String scope,
			RedirectAttributes flash) {
		try {
			this.reviews.calibrate(user, reviewId, performance, potential, reason);
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", this.support.message(ex));
		}
		return FormPages.seeOther("/evaluation/nine-box?scope=" + scope);
	}

	private void requireOf(UserPrincipal user, String username, long id) {
		if (!this.reviews.one(user, id).username().equalsIgnoreCase(username)) {
			throw new NotFoundException("entity.potentialReview", id);
		}
	}

}
