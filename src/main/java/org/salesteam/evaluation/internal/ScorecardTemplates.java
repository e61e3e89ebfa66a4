package org.salesteam.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and changing the templates. Directors and admins change them (others 403); a
 * change for a day that already has a template replaces its metrics, otherwise it starts
 * a new template from that day, so earlier periods keep being scored as they were. Rules
 * (422 naming the field): at least one metric, each a code the role's template may name
 * ({@code metrics[i].code}), no code twice, each weight 1–100
 * ({@code metrics[i].weight}), weights adding up to 100 ({@code metrics}).
 */
@Service
public class ScorecardTemplates {

	/** A template as shown: its role, first day and metrics with their direction. */
	public record View(ScoredRole role, LocalDate validFrom, List<Line> metrics) {
	}

	/** One metric of a template as shown. */
	public record Line(String code, int weight, boolean lowerIsBetter) {
	}

	private final ScorecardTemplateRepository templates;

	private final ScorecardMetrics catalogue;

	private final Clock clock;

	ScorecardTemplates(ScorecardTemplateRepository templates, ScorecardMetrics catalogue, Clock clock) {
		this.templates = templates;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** The template applying on the day (the seeded one at the latest). */
	@Transactional(readOnly = true)
	public View applyingOn(ScoredRole role, LocalDate day) {
		ScorecardTemplate template = this.templates.applyingOn(role.name(), day)
			.orElseThrow(() -> new IllegalStateException("no scorecard template for " + role + " on " + day));
		return view(role, template);
	}

	@Transactional
	public View save(UserPrincipal user, ScoredRole role, LocalDate validFrom,
			List<ScorecardTemplate.Weighted> metrics) {
		if (!user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			throw new AccessDeniedException("templates are set by directors and admins");
		}
		validate(role, metrics);
		LocalDate from = (validFrom != null) ? validFrom : LocalDate.now(this.clock);
		ScorecardTemplate template = this.templates.findByRoleAndValidFrom(role.name(), from).orElse(null);
		if (template == null) {
			template = new ScorecardTemplate(role.name(), from, metrics);
		}
		else {
			template.replace(metrics);
		}
		return view(role, this.templates.save(template));
	}

	private void validate(ScoredRole role, List<ScorecardTemplate.Weighted> metrics) {
		if (metrics == null || metrics.isEmpty()) {
			throw BusinessRuleException.onField("metrics", "evaluation.error.noMetrics");
		}
		Set<String> seen = new HashSet<>();
		int total = 0;
		for (int i = 0; i < metrics.size(); i++) {
			ScorecardTemplate.Weighted metric = metrics.get(i);
			if (this.catalogue.find(role, metric.code()).isEmpty()) {
				throw BusinessRuleException.onField("metrics[" + i + "].code", "evaluation.error.unknownCode",
						metric.code());
			}
			if (!seen.add(metric.code())) {
				throw BusinessRuleException.onField("metrics[" + i + "].code", "evaluation.error.duplicateCode",
						metric.code());
			}
			if (metric.weight() < 1 || metric.weight() > 100) {
				throw BusinessRuleException.onField("metrics[" + i + "].weight", "evaluation.error.weight");
			}
			total += metric.weight();
		}
		if (total != 100) {
			throw BusinessRuleException.onField("metrics", "evaluation.error.weightsNot100", total);
		}
	}

	private View view(ScoredRole role, ScorecardTemplate template) {
		List<Line> lines = template.metrics()
			.stream()
			.map((metric) -> new Line(metric.code(), metric.weight(),
					this.catalogue.find(role, metric.code()).map(ScorecardMetrics.Metric::lowerIsBetter).orElse(false)))
			.toList();
		return new View(role, template.getValidFrom(), lines);
	}

}
