package org.salesteam.retention.web;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.SellingReports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Passive vs active selling (被动销售/主动销售, ADR 0050) per rep and quarter: the rep's own, a
 * manager's team, the director's company.
 */
@RestController
@Tag(name = "retention")
class SellingApiController {

	private final SellingReports reports;

	SellingApiController(SellingReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/retention/selling")
	@Operation(summary = "Per rep of the scope (company|team:{id}|rep:{username}; default the caller's own) and "
			+ "quarter (2026-Q4; default this one): completed visits, active visits (with an objective, not a "
			+ "SERVICE visit, no service request of the customer in the 14 days before), the active share, "
			+ "proactive proposals per key account; reps below the threshold are flagged with the handbook's traits")
	SellingReports.Report report(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String quarter) {
		return this.reports.report(user, scope, quarter);
	}

}
