package org.salesteam.coaching.web;

import org.salesteam.coaching.internal.TrainingNeeds;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 培训需求 pages: the manager's team view and one rep's diagnosis and training list (a rep
 * goes straight to their own).
 */
@Controller
class TrainingPageController {

	private final TrainingNeeds needs;

	TrainingPageController(TrainingNeeds needs) {
		this.needs = needs;
	}

	@GetMapping("/training-needs")
	String team(@AuthenticationPrincipal UserPrincipal user, Model model) {
		if (!user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			return "redirect:/training-needs/" + user.getUsername();
		}
		model.addAttribute("rows", this.needs.team(user));
		return "coaching/training-team";
	}

	@GetMapping("/training-needs/{username}")
	String person(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username, Model model) {
		model.addAttribute("list", this.needs.list(user, username));
		return "coaching/training";
	}

}
