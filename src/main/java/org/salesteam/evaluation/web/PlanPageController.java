package org.salesteam.evaluation.web;

import java.time.LocalDate;
import java.util.List;

import org.salesteam.evaluation.internal.DevelopmentPlanItem;
import org.salesteam.evaluation.internal.DevelopmentPlans;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 职业发展计划 pages: a rep's plans under their scorecard
 * ({@code /evaluation/scorecards/{username}/plans}) in the handbook's three columns, with
 * progress and the next 30/60/90-day follow-up; the plans whose follow-up is due
 * ({@code /evaluation/plans}, the home page inbox's link). Same rights as the API.
 */
@Controller
class PlanPageController {

	/** A new item as posted. */
	record ItemForm(String owner, String goal, String action, String kpiCode, String skill,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {
	}

	private final DevelopmentPlans plans;

	private final ScorecardPageSupport support;

	PlanPageController(DevelopmentPlans plans, ScorecardPageSupport support) {
		this.plans = plans;
		this.support = support;
	}

	@GetMapping("/evaluation/scorecards/{username}/plans")
	String plans(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username, Model model) {
		model.addAttribute("plans", this.plans.of(user, username).stream().map(DevelopmentViews.PlanView::of).toList());
		model.addAttribute("username", username);
		model.addAttribute("displayName", this.support.displayName(username));
		boolean self = user.getUsername().equalsIgnoreCase(username);
		model.addAttribute("self", self);
		model.addAttribute("canWrite", user.hasAnyRole(Role.MANAGER, Role.DIRECTOR) && !self);
		model.addAttribute("columns", List.of("REP", "MANAGER", "COMPANY"));
		return "evaluation/plans";
	}

	@GetMapping("/evaluation/plans")
	String due(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("plans", this.plans.followUpsDue(user).stream().map(DevelopmentViews.PlanView::of).toList());
		return "evaluation/plans-due";
	}

	@PostMapping("/evaluation/scorecards/{username}/plans")
	ModelAndView start(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
			RedirectAttributes flash) {
		try {
			this.plans.start(user, username, title, startedOn, null);
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", this.support.message(ex));
		}
		return back(username);
	}

	@PostMapping("/evaluation/scorecards/{username}/plans/{id}/items")
	ModelAndView addItem(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable long id, ItemForm form, RedirectAttributes flash) {
		requireOf(user, username, id);
		try {
			this.plans.addItem(user, id, new DevelopmentPlanItem.Form(form.owner(), form.goal(), form.action(),
					form.kpiCode(), form.skill(), form.dueOn()));
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", this.support.message(ex));
		}
		return back(username);
	}

	@PostMapping("/evaluation/scorecards/{username}/plans/{id}/items/{itemId}")
	ModelAndView changeItem(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable long id, @PathVariable long itemId, @RequestParam String status) {
		requireOf(user, username, id);
		this.plans.changeItem(user, id, itemId, status);
		return back(username);
	}

	@PostMapping("/evaluation/scorecards/{username}/plans/{id}/follow-ups")
	ModelAndView followUp(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable long id, RedirectAttributes flash) {
		requireOf(user, username, id);
		try {
			this.plans.followUp(user, id);
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", this.support.message(ex));
		}
		return back(username);
	}

	private void requireOf(UserPrincipal user, String username, long id) {
		if (!this.plans.one(user, id).username().equalsIgnoreCase(username)) {
			throw new NotFoundException("entity.developmentPlan", id);
		}
	}

	private static ModelAndView back(String username) {
		return FormPages.seeOther("/evaluation/scorecards/" + username + "/plans");
	}

}
