package org.salesteam.visit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.visit.StandardPeriod;
import org.salesteam.visit.internal.IsoWeeks;
import org.salesteam.visit.internal.StandardCompliance;
import org.salesteam.visit.internal.StandardEditing;
import org.salesteam.visit.internal.VisitStandards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/visit-standards}: the activity standards (最低标准) the caller sets, and
 * compliance rep × week.
 */
@RestController
@Tag(name = "activity standards")
class StandardApiController {

	record StandardRequest(Long teamId, Long repId, StandardPeriod period, int minVisits, int minNewProspects,
			int minConversions, int minProposals) {
	}

	private final StandardEditing editing;

	private final StandardCompliance compliance;

	private final Clock clock;

	StandardApiController(StandardEditing editing, StandardCompliance compliance, Clock clock) {
		this.editing = editing;
		this.compliance = compliance;
		this.clock = clock;
	}

	@GetMapping("/api/v1/visit-standards")
	@Operation(summary = "The standards of the scopes the caller sets (teamId and repId null: company default)")
	List<StandardEditing.Row> list(@AuthenticationPrincipal UserPrincipal user) {
		return this.editing.list(user);
	}

	@PutMapping("/api/v1/visit-standards")
	@Operation(summary = "Set the standard of a scope (a team, a rep, or the default) and period; managers for "
			+ "their teams, admins and directors for all")
	List<StandardEditing.Row> set(@AuthenticationPrincipal UserPrincipal user,
			@RequestBody(required = false) StandardRequest request) {
		StandardRequest body = (request != null) ? request : new StandardRequest(null, null, null, 0, 0, 0, 0);
		this.editing.set(user, body.teamId(), body.repId(), body.period(), new VisitStandards.Minimums(body.minVisits(),
				body.minNewProspects(), body.minConversions(), body.minProposals()));
		return this.editing.list(user);
	}

	@GetMapping("/api/v1/visit-standards/compliance")
	@Operation(summary = "Rep × week compliance GREEN/AMBER/RED for the weeks ending with lastWeek (default this "
			+ "week)")
	List<StandardCompliance.Row> compliance(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String lastWeek, @RequestParam(defaultValue = "8") int weeks) {
		String last = (lastWeek != null) ? lastWeek : IsoWeeks.of(LocalDate.now(this.clock));
		return this.compliance.grid(user, last, Math.max(1, Math.min(weeks, 26)));
	}

	@GetMapping("/api/v1/visit-standards/compliance/monthly")
	@Operation(summary = "Rep × month compliance GREEN/AMBER/RED against the monthly standards, for the months "
			+ "ending with lastMonth (yyyy-MM, default this month); conversions come with how many were unqualified")
	List<StandardCompliance.MonthRow> monthly(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String lastMonth, @RequestParam(defaultValue = "6") int months) {
		return this.compliance.monthGrid(user, Web.month(lastMonth, this.clock), Math.max(1, Math.min(months, 24)));
	}

}
