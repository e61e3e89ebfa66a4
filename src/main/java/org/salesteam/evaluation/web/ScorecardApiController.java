package org.salesteam.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.salesteam.evaluation.internal.ImbalanceThresholds;
import org.salesteam.evaluation.internal.ScorecardQueries;
import org.salesteam.evaluation.internal.ScoredRole;
import org.salesteam.performance.KpiScope;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/scorecards}: the scorecard table of the company or a team, one person's
 * scorecard with its trend, and the imbalance flags' thresholds. A rep reads only their
 * own scorecard (tables: 403), a manager their teams', a director all, support staff
 * nothing (403); another person's scorecard the caller may not see is a 404.
 */
@RestController
@Tag(name = "evaluation")
class ScorecardApiController {

	private final ScorecardQueries queries;

	private final ImbalanceThresholds thresholds;

	ScorecardApiController(ScorecardQueries queries, ImbalanceThresholds thresholds) {
		this.queries = queries;
		this.thresholds = thresholds;
	}

	@GetMapping("/api/v1/scorecards")
	@Operation(summary = "Scorecards of the company's or a team's reps (role=MANAGER: managers) for a period "
			+ "(default this year to date): value and peer percentile of each template metric, weighted score, "
			+ "rank and quartile in the role's company-wide peer group, flags with evidence; people in the role "
			+ "for under 90 days are tooNewToRate")
	ScorecardViews.Table table(@AuthenticationPrincipal UserPrincipal user, @RequestParam String scope,
			@RequestParam(required = false) String role,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		ScoredRole asked = (role != null) ? ScoredRole.parse(role) : ScoredRole.REP;
		ScorecardQueries.Table table = this.queries.table(user, KpiScope.parse(scope), asked,
				this.queries.period(from, to));
		return ScorecardViews.table(table.board(), table.rows());
	}

	@GetMapping("/api/v1/scorecards/{username}")
	@Operation(summary = "One person's scorecard (a row of the table) with the trend over the last four equal "
			+ "periods; 404 for a person the caller may not see")
	ScorecardViews.PersonView person(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		ScorecardQueries.Person person = this.queries.person(user, username, this.queries.period(from, to));
		return ScorecardViews.person(person);
	}

	@GetMapping("/api/v1/imbalance-thresholds")
	@Operation(summary = "The thresholds of the imbalance flags")
	Map<String, BigDecimal> thresholds() {
		return this.thresholds.current();
	}

	@PutMapping("/api/v1/imbalance-thresholds")
	@Operation(summary = "Change thresholds of the imbalance flags (directors and admins; audited)")
	Map<String, BigDecimal> changeThresholds(@AuthenticationPrincipal UserPrincipal user,
			@RequestBody Map<String, BigDecimal> changes) {
		return this.thresholds.change(user, changes);
	}

}
