package org.salesteam.performance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.VisibleScope;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.internal.Breakdowns;
import org.salesteam.performance.internal.CostBreakdowns;
import org.salesteam.performance.internal.KpiRecords;
import org.salesteam.performance.internal.ScopeChoices;
import org.salesteam.performance.internal.Scorecards;
import org.salesteam.platform.Formats;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /performance}: the dashboard of a visible scope and period — scorecard with the
 * previous period and last year, charts, visits and sales cost ratio by customer class
 * and by product category, and the rep-by-rep (team) or team and territory (company)
 * comparison; {@code /performance/records}: the records behind a KPI.
 */
@Controller
class PerformancePageController {

	private final Kpis kpis;

	private final ScopeChoices choices;

	private final Scorecards scorecards;

	private final KpiRecords records;

	private final Formats fmt;

	private final Clock clock;

	private final CostBreakdowns costs;

	private final Breakdowns breakdowns;

	private final MessageSource messages;

	PerformancePageController(Kpis kpis, ScopeChoices choices, Scorecards scorecards, KpiRecords records, Formats fmt,
			Clock clock, CostBreakdowns costs, Breakdowns breakdowns, MessageSource messages) {
		this.messages = messages;
		this.costs = costs;
		this.breakdowns = breakdowns;
		this.kpis = kpis;
		this.choices = choices;
		this.scorecards = scorecards;
		this.records = records;
		this.fmt = fmt;
		this.clock = clock;
	}

	@GetMapping("/performance")
	String dashboard(@AuthenticationPrincipal UserPrincipal user, @ScopeParam(orInitial = true) VisibleScope scope,
			@RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "SALES") String sort, @RequestParam(defaultValue = "false") boolean asc,
			Locale locale, Model model) {
		VisibleScope asked = scope;
		DashboardRequest request = new DashboardRequest(period, from, to);
		KpiPeriod range = request.resolve(this.clock);
		model.addAttribute("scope", asked.scope());
		List<ScopeChoices.Choice> choices = choices(user, asked.scope());
		model.addAttribute("scopeName", name(choices, asked.scope()));
		model.addAttribute("choices", ScopeOption.of(choices, asked.scope(), this.messages, locale));
		model.addAttribute("periods", DashboardRequest.PERIODS);
		model.addAttribute("chosenPeriod", request.chosen());
		model.addAttribute("range", range);
		List<Scorecards.Line> lines = this.scorecards.of(asked, range);
		model.addAttribute("rows", lines.stream().map((l) -> ScoreRow.of(l, this.fmt)).toList());
		model.addAttribute("oneComparison", range.previousIsLastYear());
		model.addAttribute("headline",
				Headline.of(lines, this.kpis.compute(asked, range.whole(), Kpis.Codes.SALES_VS_GOAL), range,
						LocalDate.now(this.clock), this.breakdowns.openPipeline(asked), this.fmt));
		model.addAttribute("compared", Scorecards.COMPARED);
		model.addAttribute("sort", Scorecards.COMPARED.contains(sort) ? sort : "SALES");
		model.addAttribute("asc", asc);
		switch (asked.scope().kind()) {
			case TEAM -> model.addAttribute("repRows",
					compare(asked.viewer(), this.choices.repsOf(asked.scope().teamId()), range, sort, asc));
			case COMPANY -> {
				model.addAttribute("teamRows", compare(asked.viewer(), this.choices.teams(), range, sort, asc));
				model.addAttribute("territoryRows",
						compare(asked.viewer(), this.choices.territories(), range, sort, asc));
			}
			default -> {
			}
		}
		return "performance/dashboard";
	}

	/**
	 * The dashboard's cost tables by customer class and product category, loaded after
	 * the page: they read the period's order lines, which the rollups do not keep.
	 */
	@GetMapping("/performance/costs")
	String costs(@AuthenticationPrincipal UserPrincipal user, @ScopeParam VisibleScope scope,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		VisibleScope asked = scope;
		KpiPeriod range = new KpiPeriod(from, to);
		model.addAttribute("classCosts", this.costs.byCustomerClass(asked, range));
		model.addAttribute("categoryCosts", this.costs.byProductCategory(asked, range));
		return "performance/costs :: costs";
	}

	@GetMapping("/performance/records")
	String records(@AuthenticationPrincipal UserPrincipal user, @RequestParam String code,
			@ScopeParam VisibleScope scope, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "numerator") String side, @RequestParam(defaultValue = "0") int page,
			Model model) {
		VisibleScope asked = scope;
		KpiRecords.Page records = this.records.records(asked, new KpiPeriod(from, to), code, "denominator".equals(side),
				page, 50);
		model.addAttribute("definition", this.kpis.find(code).orElseThrow());
		model.addAttribute("records", records);
		model.addAttribute("scope", asked.scope());
		model.addAttribute("scopeName", name(choices(user, asked.scope()), asked.scope()));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("side", "denominator".equals(side) ? "denominator" : "numerator");
		return "performance/records";
	}

	private List<CompareRow> compare(KpiViewer viewer, List<ScopeChoices.Choice> scopes, KpiPeriod range, String sort,
			boolean asc) {
		return this.scorecards.compare(viewer, scopes, range, sort, asc)
			.stream()
			.map((row) -> CompareRow.of(row, this.fmt))
			.toList();
	}

	/** The user's scopes, and first the asked one when it is an account scope. */
	private List<ScopeChoices.Choice> choices(UserPrincipal user, KpiScope asked) {
		List<ScopeChoices.Choice> choices = new java.util.ArrayList<>(this.choices.of(user));
		if (asked.kind().ofAccounts()) {
			choices.add(0, this.choices.accountChoice(asked));
		}
		return choices;
	}

	private static String name(List<ScopeChoices.Choice> choices, KpiScope scope) {
		return choices.stream()
			.filter((c) -> c.scope().equals(scope))
			.map(ScopeChoices.Choice::name)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

}
