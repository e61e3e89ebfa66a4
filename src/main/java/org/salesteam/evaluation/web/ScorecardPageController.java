package org.salesteam.evaluation.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.evaluation.internal.EvaluationAccess;
import org.salesteam.evaluation.internal.ScorecardQueries;
import org.salesteam.evaluation.internal.ScoredRole;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 团队发展 pages: {@code /evaluation} sends a rep to their own scorecard, a manager to their
 * first team's table, a director or admin to the company's; the table of a scope
 * ({@code /evaluation/scorecards}) with quartile colours and flags; a person's scorecard
 * with the trend and percentile charts and the flags' evidence. Same rights as the API.
 */
@Controller
class ScorecardPageController {

	private final ScorecardQueries queries;

	private final EvaluationAccess access;

	private final TeamDirectory directory;

	private final ScorecardRows rows;

	private final ScorecardPageSupport support;

	private final Clock clock;

	ScorecardPageController(ScorecardQueries queries, EvaluationAccess access, TeamDirectory directory,
			ScorecardRows rows, ScorecardPageSupport support, Clock clock) {
		this.queries = queries;
		this.access = access;
		this.directory = directory;
		this.rows = rows;
		this.support = support;
		this.clock = clock;
	}

	@GetMapping("/evaluation")
	String start(@AuthenticationPrincipal UserPrincipal user) {
		this.access.requireEvaluationRole(user);
		if (user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			return "redirect:/evaluation/scorecards?scope=company";
		}
		List<TeamDirectory.TeamSummary> teams = user.hasRole(Role.MANAGER) ? this.directory.teamsManagedBy(user.id())
				: List.of();
		if (!teams.isEmpty()) {
			return "redirect:/evaluation/scorecards?scope=team:" + teams.get(0).id();
		}
		return "redirect:/evaluation/scorecards/" + user.getUsername();
	}

	@GetMapping("/evaluation/scorecards")
	String table(@AuthenticationPrincipal UserPrincipal user, @RequestParam(defaultValue = "company") String scope,
			@RequestParam(required = false) String role, @RequestParam(required = false) Integer year, Model model) {
		ScoredRole asked = (role != null) ? ScoredRole.parse(role) : ScoredRole.REP;
		KpiPeriod period = period(year);
		ScorecardQueries.Table table = this.queries.table(user, KpiScope.parse(scope), asked, period);
		model.addAttribute("template", table.board().template());
		model.addAttribute("names", this.rows.names(table.board().template().metrics()));
		model.addAttribute("rows", this.rows.of(asked, table.rows()));
		model.addAttribute("flagSource", this.rows.flagSource(table.board()));
		model.addAttribute("scope", scope);
		model.addAttribute("role", asked.name());
		model.addAttribute("year", period.from().getYear());
		model.addAttribute("years", years());
		model.addAttribute("scopes", this.support.scopes(user));
		return "evaluation/table";
	}

	@GetMapping("/evaluation/scorecards/{username}")
	String person(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@RequestParam(required = false) Integer year, Model model) {
		KpiPeriod period = period(year);
		ScorecardQueries.Person person = this.queries.person(user, username, period);
		ScoredRole role = person.board().template().role();
		model.addAttribute("row", this.rows.of(role, List.of(person.row())).get(0));
		model.addAttribute("template", person.board().template());
		model.addAttribute("flagSource", this.rows.flagSource(person.board()));
		model.addAttribute("username", person.row().peer().username());
		model.addAttribute("year", period.from().getYear());
		model.addAttribute("years", years());
		return "evaluation/person";
	}

	@GetMapping(path = "/evaluation/scorecards/{username}/chart", produces = "application/json")
	@ResponseBody
	Map<String, Object> trendChart(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@RequestParam(required = false) Integer year) {
		ScorecardQueries.Person person = this.queries.person(user, username, period(year));
		List<String> labels = new ArrayList<>();
		List<BigDecimal> scores = new ArrayList<>();
		for (ScorecardQueries.TrendPoint point : person.trend()) {
			labels.add(Integer.toString(point.from().getYear()));
			scores.add(point.score());
		}
		List<String> metricLabels = new ArrayList<>();
		List<BigDecimal> percentiles = new ArrayList<>();
		person.row().scored().metrics().forEach((metric) -> {
			metricLabels.add(this.rows.name(metric.code()));
			percentiles.add(metric.percentile());
		});
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("title", List.of(Map.of("text", text("evaluation.chart.trend"), "left", "left"),
				Map.of("text", text("evaluation.chart.percentiles"), "left", "left", "top", "52%")));
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("grid", List.of(Map.of("top", 40, "height", "32%", "left", 40, "right", 16),
				Map.of("top", "60%", "bottom", 16, "left", 8, "right", 24, "containLabel", true)));
		option.put("xAxis", List.of(Map.of("type", "category", "data", labels, "gridIndex", 0),
				Map.of("type", "value", "min", 0, "max", 100, "gridIndex", 1)));
		option.put("yAxis", List.of(Map.of("type", "value", "min", 0, "max", 100, "gridIndex", 0),
				Map.of("type", "category", "data", metricLabels, "inverse", true, "gridIndex", 1)));
		option.put("series",
				List.of(Map.of("name", text("evaluation.score"), "type", "line", "data", scores, "xAxisIndex", 0,
						"yAxisIndex", 0, "connectNulls", true),
						Map.of("name", text("evaluation.percentile"), "type", "bar", "data", percentiles, "xAxisIndex",
								1, "yAxisIndex", 1)));
		return option;
	}

	private String text(String key) {
		return this.support.text(key);
	}

	private KpiPeriod period(Integer year) {
		int y = (year != null) ? year : LocalDate.now(this.clock).getYear() - 1;
		return this.queries.period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
	}

	private List<Integer> years() {
		int now = LocalDate.now(this.clock).getYear();
		return List.of(now, now - 1, now - 2);
	}

}
