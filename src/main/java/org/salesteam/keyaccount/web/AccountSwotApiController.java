package org.salesteam.keyaccount.web;

import java.util.List;

import org.salesteam.keyaccount.internal.AccountSwotEditing;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|PUT /api/v1/customers/{id}/swot}: the account SWOT and the competitors'
 * estimated shares of wallet, with our measured share (ADR 0048). Read by whoever reads
 * the customer, replaced by those who plan for it (404 otherwise); Σ shares > 100 → 422
 * on {@code competitors}.
 */
@RestController
@Tag(name = "key accounts")
class AccountSwotApiController {

	record SwotRequest(String strengths, String weaknesses, String opportunities, String threats,
			List<AccountSwotEditing.Competitor> competitors) {
	}

	private final AccountSwotEditing swots;

	AccountSwotApiController(AccountSwotEditing swots) {
		this.swots = swots;
	}

	@GetMapping("/api/v1/customers/{id}/swot")
	AccountSwotEditing.Analysis swot(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.swots.of(user, id);
	}

	@PutMapping("/api/v1/customers/{id}/swot")
	AccountSwotEditing.Analysis write(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody SwotRequest request) {
		SwotRequest body = (request != null) ? request : new SwotRequest(null, null, null, null, null);
		this.swots.write(user, id,
				new AccountSwotEditing.Swot(body.strengths(), body.weaknesses(), body.opportunities(), body.threats()),
				body.competitors());
		return this.swots.of(user, id);
	}

}
