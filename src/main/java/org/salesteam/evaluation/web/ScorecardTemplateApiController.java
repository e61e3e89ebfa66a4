package org.salesteam.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.evaluation.internal.ScorecardTemplate;
import org.salesteam.evaluation.internal.ScorecardTemplates;
import org.salesteam.evaluation.internal.ScoredRole;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.salesteam.platform.UserPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/scorecard-templates/{role}} (REP or MANAGER): the template applying on a
 * day (default today) and setting one from a day on (directors and admins; audited).
 */
@RestController
@Tag(name = "evaluation")
class ScorecardTemplateApiController {

	record TemplateRequest(LocalDate validFrom, List<ScorecardTemplate.Weighted> metrics) {
	}

	private final ScorecardTemplates templates;

	private final Clock clock;

	ScorecardTemplateApiController(ScorecardTemplates templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	@GetMapping("/api/v1/scorecard-templates/{role}")
	@Operation(summary = "The template of a role applying on a day (default today): metrics with weight and "
			+ "direction")
	ScorecardViews.TemplateView get(@PathVariable String role,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return ScorecardViews.TemplateView
			.of(this.templates.applyingOn(ScoredRole.parse(role), (on != null) ? on : LocalDate.now(this.clock)));
	}

	@PutMapping("/api/v1/scorecard-templates/{role}")
	@Operation(summary = "Set the template of a role from validFrom (default today) on: weights add up to 100 "
			+ "(422 on metrics), codes known for the role (422 on metrics[i].code)")
	ScorecardViews.TemplateView put(@AuthenticationPrincipal UserPrincipal user, @PathVariable String role,
			@RequestBody TemplateRequest request) {
		return ScorecardViews.TemplateView
			.of(this.templates.save(user, ScoredRole.parse(role), request.validFrom(), request.metrics()));
	}

}
