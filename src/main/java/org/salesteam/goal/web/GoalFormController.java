package org.salesteam.goal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalStatus;
import org.salesteam.goal.GoalType;
import org.salesteam.goal.internal.GoalAccess;
import org.salesteam.goal.internal.GoalChoices;
import org.salesteam.goal.internal.GoalEditing;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting a goal and changing a draft. */
@Controller
class GoalFormController {

	private static final String VIEW = "goal/form";

	private final GoalEditing editing;

	private final GoalAccess access;

	private final GoalChoices choices;

	private final Clock clock;

	GoalFormController(GoalEditing editing, GoalAccess access, GoalChoices choices, Clock clock) {
		this.editing = editing;
		this.access = access;
		this.choices = choices;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("scopes", this.choices.scopes(user));
		model.addAttribute("types", GoalType.values());
		int year = LocalDate.now(this.clock).getYear();
		model.addAttribute("periodYears", List.of(year - 1, year, year + 1, year + 2));
		model.addAttribute("quarters", GoalForm.QUARTERS);
		model.addAttribute("months", GoalForm.MONTHS);
	}

	@GetMapping("/goals/new")
	String create(@AuthenticationPrincipal UserPrincipal user, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
		model.addAttribute("goalForm", GoalForm.blank(null, quarter));
		return VIEW;
	}

	@PostMapping("/goals")
	ModelAndView create(@AuthenticationPrincipal UserPrincipal user, @Valid GoalForm goalForm, BindingResult binding,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				Goal goal = this.editing.create(user, goalForm.toData());
				redirect.addFlashAttribute("message", "goal.saved");
				return GoalWeb.seeOther("/goals/" + goal.getId());
			}
			catch (BusinessRuleException ex) {
				GoalWeb.reject(binding, ex);
			}
		}
		return new ModelAndView(VIEW, binding.getModel()).addObject("goalForm", goalForm);
	}

	@GetMapping("/goals/{id}/edit")
	String edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		Goal goal = this.access.goal(user, id);
		if (goal.getStatus() != GoalStatus.DRAFT) {
			return "redirect:/goals/" + id;
		}
		model.addAttribute("goalId", id);
		model.addAttribute("goalForm", GoalForm.from(goal));
		return VIEW;
	}

	@PostMapping("/goals/{id}")
	ModelAndView edit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @Valid GoalForm goalForm,
			BindingResult binding, RedirectAttributes redirect) {
		Goal goal = this.access.goal(user, id);
		goalForm.setType(goal.getType());
		goalForm.setScope(goal.getScope());
		goalForm.setPeriod(goal.getPeriod().label());
		if (!binding.hasErrors()) {
			try {
				this.editing.revise(user, id, goalForm.getVersion(), goalForm.toData());
				redirect.addFlashAttribute("message", "goal.saved");
				return GoalWeb.seeOther("/goals/" + id);
			}
			catch (BusinessRuleException ex) {
				GoalWeb.reject(binding, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				binding.reject("problem.concurrentChange");
			}
		}
		return new ModelAndView(VIEW, binding.getModel()).addObject("goalForm", goalForm).addObject("goalId", id);
	}

}
