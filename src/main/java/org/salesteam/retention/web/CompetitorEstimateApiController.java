package org.salesteam.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.CompetitorEstimates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Competitors' retention estimates (ADR 0051): the year's comparison of our measured loss
 * rate, the acceptable one and the competitors' estimates; recording, changing and
 * removing an estimate (managers, directors, admins; others 403; a 422 names the field).
 */
@RestController
@Tag(name = "retention")
class CompetitorEstimateApiController {

	private final CompetitorEstimates estimates;

	private final Clock clock;

	CompetitorEstimateApiController(CompetitorEstimates estimates, Clock clock) {
		this.estimates = estimates;
		this.clock = clock;
	}

	@GetMapping("/api/v1/retention/competitor-estimates")
	@Operation(summary = "The year's (default this year) competitors' estimated loss rates beside our measured loss "
			+ "rate (the caller's customers) and the acceptable one (class targets weighted by customers)")
	CompetitorEstimates.Comparison comparison(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) Integer year) {
		return this.estimates.comparison(user, (year != null) ? year : LocalDate.now(this.clock).getYear());
	}

	@PostMapping("/api/v1/retention/competitor-estimates")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a competitor's estimated yearly loss rate: {\"year\",\"competitor\",\"lossRate\" "
			+ "(0-100),\"source\"}; one per competitor and year")
	Map<String, Long> record(@AuthenticationPrincipal UserPrincipal user, @RequestBody CompetitorEstimates.Input body) {
		return Map.of("id", this.estimates.record(user, body));
	}

	@PutMapping("/api/v1/retention/competitor-estimates/{id}")
	@Operation(summary = "Change an estimate's competitor, rate and source (the year stays)")
	void change(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody CompetitorEstimates.Input body) {
		this.estimates.change(user, id, body);
	}

	@DeleteMapping("/api/v1/retention/competitor-estimates/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an estimate")
	void delete(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.estimates.delete(user, id);
	}

}
