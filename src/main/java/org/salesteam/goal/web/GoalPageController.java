package org.salesteam.goal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.goal.Goal;
import org.salesteam.goal.GoalStatus;
import org.salesteam.goal.GoalType;
import org.salesteam.goal.PeriodKind;
import org.salesteam.goal.internal.GoalAccess;
import org.salesteam.goal.internal.GoalEditing;
import org.salesteam.goal.internal.GoalList;
import org.salesteam.goal.internal.GoalMeasures;
import org.salesteam.goal.internal.GoalScopes;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * {@code /goals}: the goals the user sees for a year with progress bars (attained against
 * the share due by now), the ones waiting for the user's approval, one goal's page, and
 * the review actions.
 */
@Controller
class GoalPageController {

	private final GoalList list;

	private final GoalAccess access;

	private final GoalEditing editing;

	private final GoalMeasures measures;

	private final GoalScopes scopes;

	private final MessageSource messages;

	private final Clock clock;

	GoalPageController(GoalList list, GoalAccess access, GoalEditing editing, GoalMeasures measures, GoalScopes scopes,
			MessageSource messages, Clock clock) {
		this.list = list;
		this.access = access;
		this.editing = editing;
		this.measures = measures;
		this.scopes = scopes;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The list shows by default the periods running today (this year's and this quarter's
	 * goals); {@code kind} narrows or widens it.
	 */
	@GetMapping("/goals")
	String list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) GoalStatus status, @RequestParam(required = false) GoalType type,
			@RequestParam(defaultValue = "CURRENT") String kind, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		int shown = (year != null) ? year : today.getYear();
		List<GoalPages> rows = this.list.find(user, shown, status, type, null)
			.stream()
			.filter((goal) -> matches(goal, kind, today))
			.map((goal) -> row(user, goal))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("awaiting", this.list.awaiting(user, shown).stream().map((g) -> row(user, g)).toList());
		model.addAttribute("year", shown);
		model.addAttribute("years", List.of(today.getYear() + 1, today.getYear(), today.getYear() - 1));
		model.addAttribute("status", status);
		model.addAttribute("type", type);
		model.addAttribute("kind", kind);
		model.addAttribute("statuses", GoalStatus.values());
		model.addAttribute("types", GoalType.values());
		model.addAttribute("kinds", List.of("CURRENT", "ALL", "YEAR", "QUARTER", "MONTH"));
		return "goal/list";
	}

	@GetMapping("/goals/{id}")
	String show(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		Goal goal = this.access.goal(user, id);
		model.addAttribute("row", row(user, goal));
		model.addAttribute("parent", (goal.getParentId() != null)
				? this.list.parentOf(user, goal.getParentId()).map((g) -> row(user, g)).orElse(null) : null);
		model.addAttribute("parts", this.list.partsOf(user, goal.getId()).stream().map((g) -> row(user, g)).toList());
		model.addAttribute("approvesOwn", GoalEditing.approvesOwnGoals(user));
		return "goal/show";
	}

	@PostMapping("/goals/{id}/submit")
	ModelAndView submit(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			RedirectAttributes redirect) {
		return act(id, redirect, GoalEditing.approvesOwnGoals(user) ? "goal.approvedDirectly" : "goal.submitted",
				() -> this.editing.submit(user, id));
	}

	@PostMapping("/goals/{id}/approve")
	ModelAndView approve(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, redirect, "goal.approved", () -> this.editing.approve(user, id, comment));
	}

	@PostMapping("/goals/{id}/reject")
	ModelAndView reject(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, redirect, "goal.sentBack", () -> this.editing.sendBack(user, id, comment));
	}

	@PostMapping("/goals/{id}/delete")
	ModelAndView delete(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			this.editing.delete(user, id);
			redirect.addFlashAttribute("message", "goal.deleted");
			return GoalWeb.seeOther("/goals");
		}
		catch (BusinessRuleException ex) {
			GoalWeb.flashError(redirect, ex);
			return GoalWeb.seeOther("/goals/" + id);
		}
	}

	private ModelAndView act(long id, RedirectAttributes redirect, String message, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (BusinessRuleException ex) {
			GoalWeb.flashError(redirect, ex);
		}
		return GoalWeb.seeOther("/goals/" + id);
	}

	private GoalPages row(UserPrincipal user, Goal goal) {
		String company = this.messages.getMessage("goal.scope.company", null, LocaleContextHolder.getLocale());
		boolean maySet;
		try {
			GoalScopes.Resolved scope = this.scopes.resolve(goal.getScope());
			maySet = this.access.maySet(user, scope.scope(), goal.getOwnerId(), goal.getTeamId());
		}
		catch (BusinessRuleException ex) {
			maySet = false;
		}
		return new GoalPages(goal, this.scopes.label(goal.getScope(), company), this.measures.progress(goal),
				maySet && goal.getStatus() == GoalStatus.DRAFT, this.access.mayApprove(user, goal),
				this.access.mayAllocate(user, goal) && goal.getType().allocatable());
	}

	private static boolean matches(Goal goal, String kind, LocalDate today) {
		PeriodKind.Period period = goal.getPeriod();
		return switch (kind) {
			case "ALL" -> true;
			case "YEAR", "QUARTER", "MONTH" -> period.kind().name().equals(kind);
			default -> !today.isBefore(period.from()) && !today.isAfter(period.to())
					|| (period.kind() == PeriodKind.YEAR && period.from().getYear() != today.getYear());
		};
	}

}
