package org.salesteam.goal.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.goal.AllocationMethod;
import org.salesteam.goal.Goal;
import org.salesteam.goal.internal.GoalAccess;
import org.salesteam.goal.internal.GoalAllocation;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

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
 * {@code /goals/{id}/allocate}: the team's manager (or a director) previews a method's
 * parts, adjusts them by hand if wanted, and writes them as the reps' goals.
 */
@Controller
class GoalAllocationController {

	private final GoalAllocation allocation;

	private final GoalAccess access;

	GoalAllocationController(GoalAllocation allocation, GoalAccess access) {
		this.allocation = allocation;
		this.access = access;
	}

	@GetMapping("/goals/{id}/allocate")
	String preview(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(defaultValue = "LAST_YEAR_SHARE") AllocationMethod method, Model model) {
		Goal goal = this.access.goal(user, id);
		model.addAttribute("goal", goal);
		model.addAttribute("method", method);
		model.addAttribute("methods", AllocationMethod.values());
		model.addAttribute("roundingUnit", this.allocation.roundingUnit());
		try {
			List<GoalAllocation.Part> parts = this.allocation.propose(user, id,
					(method == AllocationMethod.MANUAL) ? AllocationMethod.EQUAL : method, Map.of());
			model.addAttribute("parts", parts);
			model.addAttribute("partsTotal",
					parts.stream().map(GoalAllocation.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("parts", List.of());
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
		}
		return "goal/allocate";
	}

	/**
	 * Writes the parts as shown (and possibly changed) on the page: a manual allocation
	 * when changed.
	 */
	@PostMapping("/goals/{id}/allocate")
	ModelAndView allocate(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam AllocationMethod method, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("part.")) {
				parts.put(key.substring(5), parse(value));
			}
		});
		try {
			List<GoalAllocation.Part> proposed = this.allocation.propose(user, id,
					(method == AllocationMethod.MANUAL) ? AllocationMethod.EQUAL : method, Map.of());
			boolean asProposed = method != AllocationMethod.MANUAL && proposed.stream()
				.allMatch((p) -> parts.get(p.username()) != null && parts.get(p.username()).compareTo(p.amount()) == 0);
			if (asProposed) {
				this.allocation.allocate(user, id, method, Map.of());
			}
			else {
				this.allocation.allocate(user, id, AllocationMethod.MANUAL, parts);
			}
			redirect.addFlashAttribute("message", "goal.allocated");
			return GoalWeb.seeOther("/goals/" + id);
		}
		catch (BusinessRuleException ex) {
			GoalWeb.flashError(redirect, ex);
			return GoalWeb.seeOther("/goals/" + id + "/allocate?method=" + method.name());
		}
	}

	private static BigDecimal parse(String value) {
		try {
			return (value == null || value.isBlank()) ? BigDecimal.ZERO : new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			return BigDecimal.valueOf(-1);
		}
	}

}
