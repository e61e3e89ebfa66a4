package org.salesteam.motivation.web;

import java.util.List;
import java.util.Map;

import org.salesteam.motivation.internal.MotivationSurveys;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 激励因素评分 through the API (ADR 0039): a rep's own answer, and the team profiles for those
 * who design contests (anonymous below five answers).
 */
@RestController
@Tag(name = "motivation")
class MotivationSurveyApiController {

	/** An answer: a rating 1–5 per factor of {@link MotivationSurveys#FACTORS}. */
	record Answer(Map<String, Integer> ratings) {
	}

	private final MotivationSurveys surveys;

	MotivationSurveyApiController(MotivationSurveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/api/v1/motivation-survey")
	@Operation(summary = "The caller's own latest ratings and the factors asked")
	Map<String, Object> mine(@AuthenticationPrincipal UserPrincipal user) {
		return Map.of("factors", MotivationSurveys.FACTORS, "ratings", this.surveys.mine(user));
	}

	@PutMapping("/api/v1/motivation-survey")
	@Operation(summary = "A rep answers (replaces their answer): every factor 1–5, 422 on ratings.<FACTOR>; others 403")
	Map<String, Object> answer(@AuthenticationPrincipal UserPrincipal user, @RequestBody Answer answer) {
		this.surveys.answer(user, answer.ratings());
		return mine(user);
	}

	@GetMapping("/api/v1/motivation-survey/profiles")
	@Operation(summary = "Team profiles for contest designers (means hidden below five answers); "
			+ "teamId for one team (404 if not yours); reps 403")
	List<MotivationSurveys.Profile> profiles(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) Long teamId) {
		return (teamId != null) ? List.of(this.surveys.profile(user, teamId)) : this.surveys.profiles(user);
	}

}
