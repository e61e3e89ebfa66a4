package org.salesteam.motivation.web;

import org.salesteam.motivation.internal.Recognitions;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 认可墙 as a page (ADR 0046): a team's wall (or the caller's own recognitions with
 * {@code ?mine}), and for managers and directors the praise form.
 */
@Controller
class RecognitionPageController {

	private final Recognitions recognitions;

	RecognitionPageController(Recognitions recognitions) {
		this.recognitions = recognitions;
	}

	@GetMapping("/recognition")
	String page(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) String mine, Model model) {
		Recognitions.Wall wall = this.recognitions.wall(user, teamId);
		model.addAttribute("wall", wall);
		model.addAttribute("mine", mine != null);
		model.addAttribute("entries", (mine != null) ? this.recognitions.mine(user) : wall.entries());
		model.addAttribute("company", Recognitions.seesCompany(user));
		model.addAttribute("praisable", this.recognitions.praisable(user));
		model.addAttribute("days", Recognitions.WALL_DAYS);
		model.addAttribute("messageMax", Recognitions.MESSAGE_MAX);
		return "motivation/recognition";
	}

	@PostMapping("/recognition/praise")
	String praise(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String username,
			@RequestParam(required = false) String message, @RequestParam(required = false) Long teamId, Model model) {
		try {
			this.recognitions.praise(user, username, message);
			return "redirect:/recognition?praised" + ((teamId != null) ? "&teamId=" + teamId : "");
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("errorField", ex.field());
			model.addAttribute("draftUser", username);
			model.addAttribute("draftMessage", message);
			return page(user, teamId, null, model);
		}
	}

}
