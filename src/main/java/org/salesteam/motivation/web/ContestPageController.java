package org.salesteam.motivation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.motivation.internal.Contest;
import org.salesteam.motivation.internal.ContestEditing;
import org.salesteam.motivation.internal.ContestEvaluation;
import org.salesteam.motivation.internal.FairnessCheck;
import org.salesteam.motivation.internal.Leaderboards;
import org.salesteam.motivation.internal.MotivationSurveys;
import org.salesteam.motivation.internal.PrizeMode;
import org.salesteam.motivation.internal.Scoring;
import org.salesteam.motivation.internal.Standings;
import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.Kpis;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 销售竞赛 pages: the list, the designer, a contest with its fairness check, launch and live
 * leaderboard (htmx polling; the viewer's own row always shown), the office-screen mode
 * and the evaluation.
 */
@Controller
class ContestPageController {

	/** Rows shown to everyone: the top ranks of each group (bracket, support staff). */
	static final int TOP = 10;

	private final ContestEditing editing;

	private final Leaderboards leaderboards;

	private final FairnessCheck fairness;

	private final ContestEvaluation evaluation;

	private final Kpis kpis;

	private final TeamDirectory directory;

	private final Clock clock;

	private final MotivationSurveys surveys;

	ContestPageController(ContestEditing editing, Leaderboards leaderboards, FairnessCheck fairness,
			ContestEvaluation evaluation, Kpis kpis, TeamDirectory directory, Clock clock, MotivationSurveys surveys) {
		this.surveys = surveys;
		this.editing = editing;
		this.leaderboards = leaderboards;
		this.fairness = fairness;
		this.evaluation = evaluation;
		this.kpis = kpis;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/contests")
	String list(@AuthenticationPrincipal UserPrincipal user, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		List<Contest> contests = this.editing.list(user);
		model.addAttribute("contests", contests);
		model.addAttribute("statuses", contests.stream().map((c) -> c.status(today)).toList());
		model.addAttribute("mayDesign", user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN));
		return "motivation/list";
	}

	@GetMapping("/contests/new")
	String designer(@AuthenticationPrincipal UserPrincipal user, Model model) {
		ContestForm form = new ContestForm();
		LocalDate start = LocalDate.now(this.clock).plusDays(7);
		form.setFrom(start);
		form.setTo(start.plusDays(27));
		return designer(user, form, model);
	}

	@PostMapping("/contests")
	ModelAndView create(@AuthenticationPrincipal UserPrincipal user, @ModelAttribute("form") ContestForm form,
			BindingResult binding, Model model) {
		try {
			Contest contest = this.editing.create(user, form.toDraft());
			return FormPages.seeOther("/contests/" + contest.getId());
		}
		catch (BusinessRuleException ex) {
			FormPages.reject(binding, ex);
			return new ModelAndView(designer(user, form, model));
		}
	}

	private String designer(UserPrincipal user, ContestForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kpiCodes", this.kpis.catalog().stream().map(KpiDefinition::code).toList());
		model.addAttribute("scorings", Scoring.values());
		model.addAttribute("prizeModes", PrizeMode.values());
		// the teams' motivation profiles, for choosing prizes people care about (ADR
		// 0039)
		model.addAttribute("profiles",
				user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN) ? this.surveys.profiles(user) : List.of());
		model.addAttribute("factors", MotivationSurveys.FACTORS);
		model.addAttribute("teams", user.hasAnyRole(Role.DIRECTOR, Role.ADMIN) ? this.directory.allTeams()
				: this.directory.teamsManagedBy(user.id()));
		return "motivation/designer";
	}

	@GetMapping("/contests/{id}")
	String show(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		return show(user, this.editing.visible(user, id), null, model);
	}

	@PostMapping("/contests/{id}/fairness")
	String check(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		FairnessCheck.Result result = this.fairness.check(user, id);
		return show(user, this.editing.visible(user, id), result, model);
	}

	@PostMapping("/contests/{id}/start")
	ModelAndView start(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String overrideReason, Model model) {
		try {
			this.editing.start(user, id, overrideReason);
			return FormPages.seeOther("/contests/" + id);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("startError", ex.messageKey());
			return new ModelAndView(show(user, this.editing.visible(user, id), this.fairness.check(user, id), model));
		}
	}

	private String show(UserPrincipal user, Contest contest, FairnessCheck.Result result, Model model) {
		model.addAttribute("contest", contest);
		model.addAttribute("status", contest.status(LocalDate.now(this.clock)));
		model.addAttribute("mayEdit", this.editing.mayEdit(user, contest));
		model.addAttribute("fairness", result);
		return "motivation/contest";
	}

	@GetMapping("/contests/{id}/board")
	String board(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean tv, Model model) {
		boardModel(user, id, model);
		model.addAttribute("tv", tv);
		return "motivation/board :: board";
	}

	@GetMapping("/contests/{id}/tv")
	String tv(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		boardModel(user, id, model);
		model.addAttribute("tv", true);
		return "motivation/tv";
	}

	private void boardModel(UserPrincipal user, long id, Model model) {
		Leaderboards.Board board = this.leaderboards.board(user, id);
		List<Standings.Row> shown = new ArrayList<>();
		Standings.Row mine = null;
		for (Standings.Row row : board.rows()) {
			boolean own = row.username().equals(user.getUsername());
			if (own || (row.rank() != null && row.rank() <= TOP)) {
				shown.add(row);
			}
			if (own) {
				mine = row;
			}
		}
		model.addAttribute("board", board);
		model.addAttribute("rows", shown);
		model.addAttribute("mine", mine);
		model.addAttribute("me", user.getUsername());
		model.addAttribute("total", board.rows().size());
	}

	@GetMapping("/contests/{id}/evaluation")
	String evaluation(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("evaluation", this.evaluation.evaluate(user, id));
		return "motivation/evaluation";
	}

}
