package org.salesteam.coaching.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.salesteam.coaching.internal.KnowledgeQuizzes;
import org.salesteam.platform.UserPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * On-line quizzes of the knowledge checklist (ADR 0045): the questions, kept by managers
 * and directors under {@code /api/v1/knowledge/items/{code}/questions}, and the rep's
 * quiz under {@code /api/v1/knowledge/{username}/items/{code}/quiz} — without answers; a
 * pass (≥ 80 %) records the QUIZ proof.
 */
@RestController
@Tag(name = "coaching")
class QuizApiController {

	private final KnowledgeQuizzes quizzes;

	QuizApiController(KnowledgeQuizzes quizzes) {
		this.quizzes = quizzes;
	}

	@GetMapping("/api/v1/knowledge/items/{code}/questions")
	@Operation(summary = "The quiz questions of a QUIZ item with their answers (managers and directors)")
	List<KnowledgeQuizzes.KeptQuestion> questions(@AuthenticationPrincipal UserPrincipal user,
			@PathVariable String code) {
		return this.quizzes.kept(user, code);
	}

	@PostMapping("/api/v1/knowledge/items/{code}/questions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a single-choice question {question, choices (2-6), answer (from 0)}")
	KnowledgeQuizzes.KeptQuestion add(@AuthenticationPrincipal UserPrincipal user, @PathVariable String code,
			@RequestBody(required = false) KnowledgeQuizzes.QuestionRequest body) {
		return this.quizzes.add(user, code, body);
	}

	@PutMapping("/api/v1/knowledge/questions/{id}")
	@Operation(summary = "Change a question's wording, choices or answer")
	KnowledgeQuizzes.KeptQuestion change(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody(required = false) KnowledgeQuizzes.QuestionRequest body) {
		return this.quizzes.change(user, id, body);
	}

	@DeleteMapping("/api/v1/knowledge/questions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Retire a question (earlier attempts keep their grade)")
	void retire(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.quizzes.retire(user, id);
	}

	@GetMapping("/api/v1/knowledge/{username}/items/{code}/quiz")
	@Operation(summary = "The rep's quiz of a QUIZ item: the questions without answers, and earlier attempts")
	KnowledgeQuizzes.Quiz quiz(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String code) {
		return this.quizzes.quiz(user, username, code);
	}

	@PostMapping("/api/v1/knowledge/{username}/items/{code}/quiz")
	@Operation(summary = "The rep answers every question {answers: [{questionId, choice}]}; a pass (>= 80 %) "
			+ "records the QUIZ proof; only how many were right is returned")
	KnowledgeQuizzes.Result take(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String code, @RequestBody(required = false) KnowledgeQuizzes.AnswerRequest body) {
		return this.quizzes.take(user, username, code, body);
	}

}
