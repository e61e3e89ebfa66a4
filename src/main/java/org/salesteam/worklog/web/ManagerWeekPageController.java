package org.salesteam.worklog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.worklog.ManagerWeek;
import org.salesteam.worklog.ManagerWeekPerspective;
import org.salesteam.worklog.SelfAssessment;
import org.salesteam.worklog.internal.ManagerWeekPlanning;
import org.salesteam.worklog.internal.SelfAssessments;
import org.salesteam.worklog.internal.WorklogAccess;
import org.salesteam.worklog.internal.WorklogChoices;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /manager-week}: the weekly planning guide (每周计划指南) of a manager for an ISO week
 * — goals, the five highest-return tasks from three views, the review — editable by the
 * manager, readable by directors; with the latest self-assessment beside it.
 */
@Controller
class ManagerWeekPageController {

	static final int GOAL_ROWS = 6;

	private final ManagerWeekPlanning planning;

	private final SelfAssessments assessments;

	private final WorklogChoices choices;

	private final Clock clock;

	ManagerWeekPageController(ManagerWeekPlanning planning, SelfAssessments assessments, WorklogChoices choices,
			Clock clock) {
		this.planning = planning;
		this.assessments = assessments;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping("/manager-week")
	String page(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String week,
			@RequestParam(required = false) String username, Model model) {
		WorklogAccess.checkManager(user);
		String isoWeek = isoWeek(week);
		LocalDate monday = ManagerWeek.monday(isoWeek);
		ManagerWeek plan = this.planning.find(user, username, isoWeek).orElse(null);
		String who = (username == null || username.isBlank()) ? user.getUsername() : username.trim();
		ManagerWeekView view = ManagerWeekView.of(who, isoWeek, plan);
		model.addAttribute("week", view);
		model.addAttribute("goalRows", rows(view.goals(), Math.max(GOAL_ROWS, view.goals().size())));
		Map<ManagerWeekPerspective, List<String>> taskRows = new EnumMap<>(ManagerWeekPerspective.class);
		for (ManagerWeekPerspective perspective : ManagerWeekPerspective.values()) {
			taskRows.put(perspective,
					rows((plan != null) ? plan.tasks(perspective) : List.of(), ManagerWeekPerspective.TASKS));
		}
		model.addAttribute("taskRows", taskRows);
		model.addAttribute("perspectives", ManagerWeekPerspective.values());
		model.addAttribute("weekEnd", monday.plusDays(6));
		model.addAttribute("previousWeek", ManagerWeek.isoWeekOf(monday.minusWeeks(1)));
		model.addAttribute("nextWeek", ManagerWeek.isoWeekOf(monday.plusWeeks(1)));
		model.addAttribute("editable", who.equalsIgnoreCase(user.getUsername()));
		model.addAttribute("managers", this.choices.managers(user));
		List<SelfAssessment> history = this.assessments.history(user, who);
		model.addAttribute("latest", history.isEmpty() ? null : history.get(history.size() - 1));
		model.addAttribute("username", who);
		return "worklog/manager-week";
	}

	@PostMapping("/manager-week")
	ModelAndView save(@AuthenticationPrincipal UserPrincipal user, @RequestParam String week,
			@RequestParam(required = false) List<String> goals, @RequestParam(required = false) List<String> superior,
			@RequestParam(required = false) List<String> customers, @RequestParam(required = false) List<String> own,
			@RequestParam(required = false) String review, RedirectAttributes redirect) {
		Map<ManagerWeekPerspective, List<String>> tasks = new EnumMap<>(ManagerWeekPerspective.class);
		tasks.put(ManagerWeekPerspective.SUPERIOR, orEmpty(superior));
		tasks.put(ManagerWeekPerspective.CUSTOMERS, orEmpty(customers));
		tasks.put(ManagerWeekPerspective.OWN, orEmpty(own));
		try {
			this.planning.plan(user, null, week, orEmpty(goals), tasks, review);
			redirect.addFlashAttribute("message", "worklog.week.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return WorklogWeb.seeOther("/manager-week?week=" + isoWeek(week));
	}

	private String isoWeek(String week) {
		if (week != null && week.matches("\\d{4}-W\\d{2}")) {
			try {
				ManagerWeek.monday(week);
				return week;
			}
			catch (BusinessRuleException ex) {
				// an impossible week falls back to this week
			}
		}
		return ManagerWeek.isoWeekOf(LocalDate.now(this.clock));
	}

	private static List<String> orEmpty(List<String> texts) {
		return (texts != null) ? texts : List.of();
	}

	private static List<String> rows(List<String> texts, int count) {
		List<String> rows = new ArrayList<>(texts);
		while (rows.size() < count) {
			rows.add("");
		}
		return rows;
	}

}
