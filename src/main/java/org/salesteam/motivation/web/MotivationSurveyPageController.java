package org.salesteam.motivation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.motivation.internal.MotivationSurveys;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 激励因素评分 as a page (ADR 0039): a rep rates the ten factors; those who design contests see
 * their teams' profiles (also shown on the contest designer, next to the prizes).
 */
@Controller
class MotivationSurveyPageController {

	private final MotivationSurveys surveys;

	MotivationSurveyPageController(MotivationSurveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/motivation-survey")
	String page(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("factors", MotivationSurveys.FACTORS);
		model.addAttribute("ratings", this.surveys.mine(user));
		model.addAttribute("rep", user.hasRole(Role.REP));
		if (user.hasAnyRole(Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			model.addAttribute("profiles", this.surveys.profiles(user));
		}
		return "motivation/survey";
	}

	@PostMapping("/motivation-survey")
	String answer(@AuthenticationPrincipal UserPrincipal user, @RequestParam Map<String, String> form, Model model) {
		Map<String, Integer> ratings = new LinkedHashMap<>();
		for (String factor : MotivationSurveys.FACTORS) {
			ratings.put(factor, number(form.get(factor)));
		}
		try {
			this.surveys.answer(user, ratings);
			return "redirect:/motivation-survey?saved";
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("factors", MotivationSurveys.FACTORS);
			model.addAttribute("ratings", Map.of());
			model.addAttribute("rep", true);
			model.addAttribute("profiles", List.of());
			return "motivation/survey";
		}
	}

	private static Integer number(String value) {
		try {
			return (value != null) ? Integer.valueOf(value.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
