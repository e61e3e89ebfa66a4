package org.salesteam.motivation.web;

import java.util.List;

import org.salesteam.motivation.internal.Recognitions;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 认可成绩 through the API (ADR 0046): a team's recognition wall, the caller's own
 * recognitions, and a manager's or director's praise.
 */
@RestController
@Tag(name = "motivation")
class RecognitionApiController {

	/** A praise: whom, and the message (1–500 characters). */
	record PraiseRequest(String username, String message) {
	}

	private final Recognitions recognitions;

	RecognitionApiController(Recognitions recognitions) {
		this.recognitions = recognitions;
	}

	@GetMapping("/api/v1/recognition")
	@Operation(summary = "A team's recognition wall of the last 90 days (teamId; without it the caller's team, "
			+ "or the whole company for directors, admins and support staff); a team not yours 404")
	Recognitions.Wall wall(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long teamId) {
		return this.recognitions.wall(user, teamId);
	}

	@GetMapping("/api/v1/recognition/mine")
	@Operation(summary = "The caller's own recognitions of the last 90 days, newest first")
	List<Recognitions.Entry> mine(@AuthenticationPrincipal UserPrincipal user) {
		return this.recognitions.mine(user);
	}

	@PostMapping("/api/v1/recognition/praise")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A manager of the person's team or a director praises them (they get a notice); "
			+ "others 403; 422 on username or message")
	Recognitions.Entry praise(@AuthenticationPrincipal UserPrincipal user, @RequestBody PraiseRequest request) {
		return this.recognitions.praise(user, request.username(), request.message());
	}

}
