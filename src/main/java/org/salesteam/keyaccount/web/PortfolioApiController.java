package org.salesteam.keyaccount.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salesteam.keyaccount.internal.KeyAccountAccess;
import org.salesteam.keyaccount.internal.PortfolioEditing;
import org.salesteam.keyaccount.internal.PortfolioEditing.ScoreSheet;
import org.salesteam.keyaccount.internal.PortfolioEditing.UsBest;
import org.salesteam.keyaccount.internal.Factor;
import org.salesteam.keyaccount.internal.FactorKind;
import org.salesteam.keyaccount.internal.PortfolioMatrix;
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
 * {@code /api/v1/portfolios}: the key-account portfolio analysis (ADR 0030). Managers and
 * directors run it (anyone else: 403); a portfolio or customer the caller may not see
 * answers 404; a broken rule 422 naming the field.
 */
@RestController
@Tag(name = "key accounts")
class PortfolioApiController {

	record CreateRequest(String name, Integer year, String scope) {
	}

	record Created(long id) {
	}

	record FactorRequest(String name, Integer weight) {
	}

	record ScoreRequest(String scorer, Map<String, Double> factors, Map<String, UsBest> successFactors) {
	}

	record PortfolioView(long id, String name, int year, String scope, double cut, LocalDate lockedOn) {
	}

	record MatrixView(double cut, LocalDate lockedOn, List<PortfolioMatrix.Row> rows) {
	}

	private final PortfolioEditing editing;

	private final PortfolioMatrix matrix;

	private final KeyAccountAccess access;

	PortfolioApiController(PortfolioEditing editing, PortfolioMatrix matrix, KeyAccountAccess access) {
		this.editing = editing;
		this.matrix = matrix;
		this.access = access;
	}

	@PostMapping("/api/v1/portfolios")
	@ResponseStatus(HttpStatus.CREATED)
	Created create(@AuthenticationPrincipal UserPrincipal user, @RequestBody CreateRequest request) {
		return new Created(this.editing.create(user, request.name(), request.year(), request.scope()));
	}

	@GetMapping("/api/v1/portfolios")
	List<PortfolioView> list(@AuthenticationPrincipal UserPrincipal user) {
		return this.access.readablePortfolios(user)
			.stream()
			.map((p) -> new PortfolioView(p.getId(), p.getName(), p.getYear(), p.getScope(), p.getCut().doubleValue(),
					p.getLockedOn()))
			.toList();
	}

	@PutMapping("/api/v1/portfolios/{id}/accounts")
	void accounts(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody List<Long> customerIds) {
		this.editing.setAccounts(user, id, customerIds);
	}

	@PutMapping("/api/v1/portfolios/{id}/factors")
	void factors(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody List<FactorRequest> factors) {
		this.editing.setFactors(user, id, FactorKind.ATTRACTIVENESS, toFactors(factors));
	}

	@PutMapping("/api/v1/portfolios/{id}/success-factors")
	void successFactors(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody List<FactorRequest> factors) {
		this.editing.setFactors(user, id, FactorKind.SUCCESS, toFactors(factors));
	}

	@PutMapping("/api/v1/portfolios/{id}/accounts/{customerId}/scores")
	void scores(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable long customerId,
			@RequestBody ScoreRequest request) {
		this.editing.score(user, id, customerId,
				new ScoreSheet(request.scorer(), request.factors(), request.successFactors()));
	}

	@GetMapping("/api/v1/portfolios/{id}/matrix")
	MatrixView matrix(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		PortfolioMatrix.Matrix result = this.matrix.of(user, id);
		return new MatrixView(result.cut(), result.portfolio().getLockedOn(), result.rows());
	}

	private static List<Factor> toFactors(List<FactorRequest> factors) {
		return (factors == null) ? null
				: factors.stream()
					.map((f) -> (f == null) ? null : new Factor(f.name(), (f.weight() != null) ? f.weight() : -1))
					.toList();
	}

}
