package org.salesteam.keyaccount.web;

import java.util.List;

import org.salesteam.keyaccount.internal.FactorScale;
import org.salesteam.keyaccount.internal.PortfolioForecasts;
import org.salesteam.keyaccount.internal.PortfolioForecasts.Forecast;
import org.salesteam.keyaccount.internal.PortfolioLocking;
import org.salesteam.keyaccount.internal.ScaleEditing;
import org.salesteam.keyaccount.internal.ScaleEditing.ScaleRequest;
import org.salesteam.keyaccount.internal.ScorePrefill;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portfolio steps beyond the contract (ADR 0041): ④ the factors' scoring scales, ⑤
 * the scores pre-filled from data, ⑨ the three-year forecast, and the year-end lock. Same
 * rights as the rest of {@code /api/v1/portfolios}; a locked portfolio refuses changes
 * with 422 on {@code portfolio}.
 */
@RestController
@Tag(name = "key accounts")
class PortfolioStepsApiController {

	private final ScaleEditing scales;

	private final ScorePrefill prefill;

	private final PortfolioForecasts forecasts;

	private final PortfolioLocking locking;

	PortfolioStepsApiController(ScaleEditing scales, ScorePrefill prefill, PortfolioForecasts forecasts,
			PortfolioLocking locking) {
		this.scales = scales;
		this.prefill = prefill;
		this.forecasts = forecasts;
		this.locking = locking;
	}

	@GetMapping("/api/v1/portfolios/{id}/scales")
	List<FactorScale> scales(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.scales.of(user, id);
	}

	@PutMapping("/api/v1/portfolios/{id}/scales")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void setScales(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody List<ScaleRequest> scales) {
		this.scales.set(user, id, scales);
	}

	@GetMapping("/api/v1/portfolios/{id}/accounts/{customerId}/prefill")
	ScorePrefill.Prefill prefill(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@PathVariable long customerId) {
		return this.prefill.of(user, id, customerId);
	}

	@PutMapping("/api/v1/portfolios/{id}/accounts/{customerId}/forecast")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void forecast(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable long customerId,
			@RequestBody Forecast forecast) {
		this.forecasts.set(user, id, customerId, forecast);
	}

	@PostMapping("/api/v1/portfolios/{id}/lock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void lock(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.locking.lock(user, id);
	}

	@PostMapping("/api/v1/portfolios/{id}/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlock(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.locking.unlock(user, id);
	}

}
