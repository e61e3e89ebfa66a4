package org.salesteam.retention.web;

import java.util.stream.IntStream;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.Surveys;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The survey pages: the public one a customer answers on a phone without signing in
 * ({@code /survey/{token}}, nothing shown but the question; an unknown token is a 404, an
 * answered or expired one says so), and the signed-in list of surveys with the
 * detractors' follow-ups, where a survey is sent from a customer's retention card.
 */
@Controller
class SurveyPageController {

	private final Surveys surveys;

	SurveyPageController(Surveys surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/survey/{token}")
	String question(@PathVariable String token, Model model) {
		return show(token, this.surveys.question(token), model);
	}

	@PostMapping("/survey/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) Integer score,
			@RequestParam(required = false) String comment, Model model) {
		Surveys.Question question = this.surveys.question(token);
		try {
			model.addAttribute("answered", this.surveys.answer(token, score, comment));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("problem", "retention.survey.pickScore");
		}
		return show(token, question, model);
	}

	private static String show(String token, Surveys.Question question, Model model) {
		model.addAttribute("token", token)
			.addAttribute("q", question)
			.addAttribute("scores",
					IntStream.rangeClosed(question.kind().min(), question.kind().max()).boxed().toList());
		return "retention/survey";
	}

	@GetMapping("/retention/surveys")
	String list(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("rows", this.surveys.list(user, null));
		return "retention/surveys";
	}

	@PostMapping("/retention/surveys")
	String send(@AuthenticationPrincipal UserPrincipal user, @RequestParam long customerId,
			@RequestParam(required = false) String kind, RedirectAttributes redirect) {
		try {
			passOn(redirect, this.surveys.send(user, customerId, null, kind).link());
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
			redirect.addFlashAttribute("problemArgs", ex.arguments());
		}
		return "redirect:/retention/surveys";
	}

	@PostMapping("/retention/surveys/{id}/link")
	String link(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			passOn(redirect, this.surveys.issueLink(user, id).link());
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/retention/surveys";
	}

	private static void passOn(RedirectAttributes redirect, String link) {
		redirect.addFlashAttribute("sentLink",
				ServletUriComponentsBuilder.fromCurrentContextPath().path(link).toUriString());
	}

	@PostMapping("/retention/surveys/{id}/follow-up-done")
	String followUpDone(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			RedirectAttributes redirect) {
		this.surveys.followUpDone(user, id);
		redirect.addFlashAttribute("message", "retention.survey.followUpSaved");
		return "redirect:/retention/surveys";
	}

}
