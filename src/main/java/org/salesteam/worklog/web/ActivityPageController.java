package org.salesteam.worklog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.worklog.ActivityType;
import org.salesteam.worklog.internal.ActivityFilter;
import org.salesteam.worklog.internal.ActivityList;
import org.salesteam.worklog.internal.ActivityLogging;
import org.salesteam.worklog.internal.WorklogAccess;
import org.salesteam.worklog.internal.WorklogChoices;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /activities}: the visible other activities with filters and their totals per
 * kind, and the quick-add form for one's own (303 back to the list).
 */
@Controller
class ActivityPageController {

	private static final String VIEW = "worklog/activities";

	private final ActivityList list;

	private final ActivityLogging logging;

	private final WorklogChoices choices;

	private final Clock clock;

	ActivityPageController(ActivityList list, ActivityLogging logging, WorklogChoices choices, Clock clock) {
		this.list = list;
		this.logging = logging;
		this.choices = choices;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("customers", this.choices.customers(user));
		model.addAttribute("owners", this.choices.workers(user));
		model.addAttribute("mayLog", WorklogAccess.mayLog(user));
	}

	@GetMapping("/activities")
	String list(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) ActivityType type, @RequestParam(required = false) Long customerId,
			@RequestParam(required = false) Long ownerId, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ActivityFilter filter = new ActivityFilter(from, to, type, customerId, ownerId, page, 25);
		results(user, filter, model);
		if (WorklogWeb.isHtmx(htmx)) {
			return VIEW + " :: results";
		}
		model.addAttribute("activityForm", ActivityForm.blank(LocalDate.now(this.clock), customerId));
		return VIEW;
	}

	@PostMapping("/activities")
	ModelAndView log(@AuthenticationPrincipal UserPrincipal user, @Valid ActivityForm activityForm,
			BindingResult binding, RedirectAttributes redirect, Model model) {
		if (!binding.hasErrors()) {
			try {
				this.logging.log(user, activityForm.toInput());
				redirect.addFlashAttribute("message", "worklog.activity.saved");
				return WorklogWeb.seeOther("/activities");
			}
			catch (BusinessRuleException ex) {
				WorklogWeb.reject(binding, ex);
			}
		}
		results(user, new ActivityFilter(null, null, null, null, null, 0, 25), model);
		return new ModelAndView(VIEW, model.asMap()).addObject("activityForm", activityForm);
	}

	@PostMapping("/activities/{id}/delete")
	ModelAndView delete(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			RedirectAttributes redirect) {
		this.logging.delete(user, id);
		redirect.addFlashAttribute("message", "worklog.activity.deleted");
		return WorklogWeb.seeOther("/activities");
	}

	private void results(UserPrincipal user, ActivityFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("result", this.list.find(user, filter));
		List<ActivityList.Total> totals = this.list.totals(user, filter);
		model.addAttribute("totals", totals);
		model.addAttribute("userId", user.id());
	}

}
