package org.salesteam.coaching.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.salesteam.coaching.internal.KnowledgeQuizzes;
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
 * Quiz pages (ADR 0045): the rep takes an item's quiz in one column (usable on a phone),
 * one radio group per question named {@code q<id>}; a pass goes back to the checklist
 * with the proof recorded. Managers and directors keep the questions on their own page,
 * the right choice marked.
 */
@Controller
class QuizPageController {

	private final KnowledgeQuizzes quizzes;

	private final MessageSource messages;

	QuizPageController(KnowledgeQuizzes quizzes, MessageSource messages) {
		this.quizzes = quizzes;
		this.messages = messages;
	}

	@GetMapping("/knowledge/{username}/quiz/{code}")
	String quiz(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username, @PathVariable String code,
			Model model) {
		KnowledgeQuizzes.Quiz quiz = this.quizzes.quiz(user, username, code);
		model.addAttribute("quiz", quiz).addAttribute("self", quiz.username().equals(user.getUsername()));
		return "coaching/quiz";
	}

	@PostMapping("/knowledge/{username}/quiz/{code}")
	String take(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username, @PathVariable String code,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<KnowledgeQuizzes.Answer> answers = new ArrayList<>();
		for (KnowledgeQuizzes.QuizQuestion question : this.quizzes.quiz(user, username, code).questions()) {
			String chosen = form.get("q" + question.id());
			if (chosen != null && chosen.matches("\\d{1,2}")) {
				answers.add(new KnowledgeQuizzes.Answer(question.id(), Integer.valueOf(chosen)));
			}
		}
		try {
			KnowledgeQuizzes.Result result = this.quizzes.take(user, username, code,
					new KnowledgeQuizzes.AnswerRequest(answers));
			String key = result.passed() ? "coaching.quiz.passed" : "coaching.quiz.failed";
			redirect.addFlashAttribute(result.passed() ? "passed" : "problem",
					text(key, result.correct(), result.total(), result.score(), result.passPercent()));
			return result.passed() ? "redirect:/knowledge/" + username
					: "redirect:/knowledge/" + username + "/quiz/" + code;
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.arguments()));
			return "redirect:/knowledge/" + username + "/quiz/" + code;
		}
	}

	@GetMapping("/knowledge/questions/{code}")
	String questions(@AuthenticationPrincipal UserPrincipal user, @PathVariable String code, Model model) {
		model.addAttribute("questions", this.quizzes.kept(user, code)).addAttribute("code", code);
		return "coaching/questions";
	}

	@PostMapping("/knowledge/questions/{code}")
	String add(@AuthenticationPrincipal UserPrincipal user, @PathVariable String code,
			@RequestParam(required = false) String question, @RequestParam(required = false) String choices,
			@RequestParam(required = false) Integer answer, RedirectAttributes redirect) {
		List<String> lines = (choices == null) ? List.of()
				: Arrays.stream(choices.split("\\R")).map(String::trim).filter((line) -> !line.isEmpty()).toList();
		try {
			this.quizzes.add(user, code,
					new KnowledgeQuizzes.QuestionRequest(question, lines, (answer != null) ? answer - 1 : null));
			redirect.addFlashAttribute("message", "coaching.quiz.questionSaved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/knowledge/questions/" + code;
	}

	@PostMapping("/knowledge/questions/{code}/{id}/retire")
	String retire(@AuthenticationPrincipal UserPrincipal user, @PathVariable String code, @PathVariable long id,
			RedirectAttributes redirect) {
		this.quizzes.retire(user, id);
		redirect.addFlashAttribute("message", "coaching.quiz.questionRetired");
		return "redirect:/knowledge/questions/" + code;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
