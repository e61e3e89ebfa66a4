package org.salesteam.coaching.web;

import org.salesteam.coaching.internal.KnowledgeArtifacts;
import org.salesteam.coaching.internal.KnowledgeChecklist;
import org.salesteam.coaching.internal.SelfTests;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rep's knowledge checklist page, with the coach's quiz and sign-off forms per item.
 */
@Controller
class KnowledgePageController {

	private final KnowledgeChecklist checklist;

	private final SelfTests tests;

	private final KnowledgeArtifacts artifacts;

	private final MessageSource messages;

	KnowledgePageController(KnowledgeChecklist checklist, SelfTests tests, KnowledgeArtifacts artifacts,
			MessageSource messages) {
		this.checklist = checklist;
		this.tests = tests;
		this.artifacts = artifacts;
		this.messages = messages;
	}

	@GetMapping("/knowledge/{username}")
	String checklist(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username, Model model) {
		model.addAttribute("checklist", this.checklist.of(user, username))
			.addAttribute("mayRate", this.tests.mayRate(user, username))
			.addAttribute("artifacts", this.artifacts.of(user, username));
		return "coaching/knowledge";
	}

	@PostMapping("/knowledge/{username}/items/{code}/proof")
	String prove(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username, @PathVariable String code,
			@RequestParam(required = false) Integer score, @RequestParam(required = false) String evidence,
			RedirectAttributes redirect) {
		try {
			this.checklist.prove(user, username, code, new KnowledgeChecklist.ProofRequest(score, evidence, null));
			redirect.addFlashAttribute("message", "coaching.knowledge.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/knowledge/" + username;
	}

}
