package org.salesteam.notify.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.notify.internal.Preferences;
import org.salesteam.platform.FormPages;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

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
 * {@code /notifications/settings}: which notices also come by e-mail; for a manager,
 * which ones the team must receive by e-mail.
 */
@Controller
class PreferencePageController {

	private final Preferences preferences;

	PreferencePageController(Preferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/notifications/settings")
	String page(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("choices", this.preferences.of(user));
		List<TeamDirectory.TeamSummary> teams = this.preferences.teamsOf(user);
		Map<TeamDirectory.TeamSummary, Set<String>> required = new LinkedHashMap<>();
		teams.forEach((t) -> required.put(t, this.preferences.required(user, t.id())));
		model.addAttribute("teams", required);
		return "notify/settings";
	}

	@PostMapping("/notifications/settings")
	ModelAndView save(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(name = "email", required = false) Set<String> email, RedirectAttributes redirect) {
		Set<String> on = (email == null) ? Set.of() : email;
		Map<String, Boolean> choices = new LinkedHashMap<>();
		this.preferences.of(user).forEach((c) -> choices.put(c.event(), on.contains(c.event())));
		this.preferences.choose(user, choices);
		redirect.addFlashAttribute("notice", "notify.settings.saved");
		return FormPages.seeOther("/notifications/settings");
	}

	@PostMapping("/notifications/settings/teams/{teamId}")
	ModelAndView require(@AuthenticationPrincipal UserPrincipal user, @PathVariable long teamId,
			@RequestParam(name = "required", required = false) Set<String> required, RedirectAttributes redirect) {
		this.preferences.require(user, teamId, (required == null) ? Set.of() : new HashSet<>(required));
		redirect.addFlashAttribute("notice", "notify.settings.saved");
		return FormPages.seeOther("/notifications/settings");
	}

}
