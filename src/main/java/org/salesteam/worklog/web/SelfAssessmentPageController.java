package org.salesteam.worklog.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.worklog.SelfAssessment;
import org.salesteam.worklog.SelfAssessmentItem;
import org.salesteam.worklog.SelfRating;
import org.salesteam.worklog.internal.SelfAssessments;
import org.salesteam.worklog.internal.WorklogAccess;
import org.salesteam.worklog.internal.WorklogChoices;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /self-assessments}: the manager rates themselves 优/良/普通/差 on the six workflow
 * steps and the 20 skills; earlier assessments and their trend are shown beside the form
 * (directors may read any manager's).
 */
@Controller
class SelfAssessmentPageController {

	private static final String RATING = "rating[";

	private final SelfAssessments assessments;

	private final WorklogChoices choices;

	private final MessageSource messages;

	SelfAssessmentPageController(SelfAssessments assessments, WorklogChoices choices, MessageSource messages) {
		this.assessments = assessments;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping("/self-assessments")
	String page(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String username,
			Model model) {
		WorklogAccess.checkManager(user);
		String who = (username == null || username.isBlank()) ? user.getUsername() : username.trim();
		List<SelfAssessment> history = this.assessments.history(user, who);
		List<SelfAssessment> newestFirst = new java.util.ArrayList<>(history);
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("history", newestFirst);
		model.addAttribute("latest", history.isEmpty() ? null : history.get(history.size() - 1));
		model.addAttribute("steps", SelfAssessmentItem.steps());
		model.addAttribute("skills", SelfAssessmentItem.skills());
		model.addAttribute("ratings", SelfRating.values());
		model.addAttribute("editable", who.equalsIgnoreCase(user.getUsername()));
		model.addAttribute("managers", this.choices.managers(user));
		model.addAttribute("username", who);
		return "worklog/self-assessments";
	}

	@GetMapping(path = "/self-assessments/chart", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> chart(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String username) {
		return SelfAssessmentChartOptions.trend(this.assessments.history(user, username), this.messages,
				LocaleContextHolder.getLocale());
	}

	@PostMapping("/self-assessments")
	ModelAndView record(@AuthenticationPrincipal UserPrincipal user, @RequestParam Map<String, String> params,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		Map<SelfAssessmentItem, SelfRating> ratings = new EnumMap<>(SelfAssessmentItem.class);
		params.forEach((name, value) -> {
			if (name.startsWith(RATING) && name.endsWith("]") && value != null && !value.isBlank()) {
				try {
					ratings.put(SelfAssessmentItem.valueOf(name.substring(RATING.length(), name.length() - 1)),
							SelfRating.valueOf(value));
				}
				catch (IllegalArgumentException ex) {
					// an unknown item or rating is ignored, like a blank one
				}
			}
		});
		try {
			this.assessments.record(user, null, ratings, note);
			redirect.addFlashAttribute("message", "worklog.assessment.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return WorklogWeb.seeOther("/self-assessments");
	}

}
