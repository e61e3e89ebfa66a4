package org.salesteam.visit.web;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.visit.VisitPlanStatus;
import org.salesteam.visit.internal.IsoWeeks;
import org.salesteam.visit.internal.VisitAccess;
import org.salesteam.visit.internal.WeekPlans;
import org.salesteam.visit.internal.WeekSchedule;

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
 * {@code /visit-plans}: the weekly visit schedule (the user's own this week by default),
 * submitting it, the manager's review list and the review itself (303 back).
 */
@Controller
class VisitPlanPageController {

	private final WeekPlans plans;

	private final VisitAccess access;

	private final Clock clock;

	VisitPlanPageController(WeekPlans plans, VisitAccess access, Clock clock) {
		this.plans = plans;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/visit-plans")
	ModelAndView mine(@AuthenticationPrincipal UserPrincipal user) {
		return Web.seeOther("/visit-plans/" + user.getUsername() + "/" + IsoWeeks.of(LocalDate.now(this.clock)));
	}

	@GetMapping("/visit-plans/{username}/{isoWeek}")
	String show(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String isoWeek, Model model) {
		WeekSchedule week = this.plans.schedule(user, username, isoWeek);
		model.addAttribute("week", week);
		model.addAttribute("own", week.repId() == user.id());
		model.addAttribute("mayReview", this.access.isSuperiorOf(user, week.repId()));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "activity/visit-plan";
	}

	@PostMapping("/visit-plans/{username}/{isoWeek}/submit")
	ModelAndView submit(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String isoWeek, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(redirect, username, isoWeek, "visitPlan.submitted",
				() -> this.plans.submit(user, username, isoWeek, reason));
	}

	@PostMapping("/visit-plans/{username}/{isoWeek}/review")
	ModelAndView review(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String isoWeek, @RequestParam(required = false) VisitPlanStatus decision,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(redirect, username, isoWeek, "visitPlan.reviewed",
				() -> this.plans.review(user, username, isoWeek, decision, comment));
	}

	@GetMapping("/visit-plans/review")
	String team(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String week, Model model) {
		String isoWeek = IsoWeeks.of((week != null) ? IsoWeeks.monday(week) : LocalDate.now(this.clock));
		LocalDate monday = IsoWeeks.monday(isoWeek);
		model.addAttribute("isoWeek", isoWeek);
		model.addAttribute("monday", monday);
		model.addAttribute("previousWeek", IsoWeeks.of(monday.minusWeeks(1)));
		model.addAttribute("nextWeek", IsoWeeks.of(monday.plusWeeks(1)));
		model.addAttribute("rows", this.plans.team(user, isoWeek));
		return "activity/visit-plan-review";
	}

	private ModelAndView act(RedirectAttributes redirect, String username, String isoWeek, String message,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return Web.seeOther("/visit-plans/" + username + "/" + isoWeek);
	}

}
