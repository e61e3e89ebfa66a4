package org.salesteam.coaching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On-line quizzes, the QUIZ proof of the knowledge checklist (ADR 0045). Managers and
 * directors keep the single-choice questions of each QUIZ item (403 for others; audited);
 * a rep takes the quiz of an item, and a pass (≥ 80 %) records the proof as if the coach
 * had accepted it. The rep's side never carries the answers: {@link QuizQuestion} has
 * none, and the result says only how many were right.
 */
@Service
public class KnowledgeQuizzes {

	static final String QUESTION = "coaching.entity.knowledgeQuestion";

	/** A question as sent by its keeper; {@code answer} counts from 0. */
	public record QuestionRequest(String question, List<String> choices, Integer answer) {
	}

	/** A question as its keepers see it, with the answer. */
	public record KeptQuestion(long id, String itemCode, String question, List<String> choices, int answer) {

		static KeptQuestion of(KnowledgeQuestion question) {
			return new KeptQuestion(question.getId(), question.getItemCode(), question.getQuestion(),
					question.choiceList(), question.getAnswer());
		}

	}

	/** A question as the rep sees it: never the answer. */
	public record QuizQuestion(long id, String question, List<String> choices) {
	}

	/** One earlier attempt. */
	public record Attempt(LocalDate takenOn, int score, boolean passed) {
	}

	/**
	 * The quiz of an item for a rep: its questions and the rep's attempts, newest first.
	 */
	public record Quiz(String username, String name, String itemCode, String what, int passPercent,
			List<QuizQuestion> questions, List<Attempt> attempts) {
	}

	/** One answer: the question and the chosen choice, counted from 0. */
	public record Answer(Long questionId, Integer choice) {
	}

	/** What the rep sends. */
	public record AnswerRequest(List<Answer> answers) {
	}

	/** The grade of an attempt; {@code passed} also recorded the proof. */
	public record Result(String itemCode, int correct, int total, int score, boolean passed, int passPercent) {
	}

	private final KnowledgeQuestionRepository questions;

	private final KnowledgeQuizAttemptRepository attempts;

	private final KnowledgeProofRepository proofs;

	private final KnowledgeChecklist checklist;

	private final CoachingAccess access;

	private final Clock clock;

	KnowledgeQuizzes(KnowledgeQuestionRepository questions, KnowledgeQuizAttemptRepository attempts,
			KnowledgeProofRepository proofs, KnowledgeChecklist checklist, CoachingAccess access, Clock clock) {
		this.questions = questions;
		this.attempts = attempts;
		this.proofs = proofs;
		this.checklist = checklist;
		this.access = access;
		this.clock = clock;
	}

	/** The item's active questions with their answers, for their keepers. */
	@Transactional(readOnly = true)
	public List<KeptQuestion> kept(UserPrincipal user, String code) {
		this.access.requireQuestionKeeper(user);
		quizItem(code);
		return this.questions.findByItemCodeAndActiveTrueOrderBySortOrderAscIdAsc(code)
			.stream()
			.map(KeptQuestion::of)
			.toList();
	}

	/** A new question at the end of the item's quiz. */
	@Transactional
	public KeptQuestion add(UserPrincipal user, String code, QuestionRequest request) {
		this.access.requireQuestionKeeper(user);
		quizItem(code);
		QuizRules.Question content = content(request);
		int last = this.questions.findByItemCodeOrderBySortOrderDesc(code)
			.stream()
			.findFirst()
			.map(KnowledgeQuestion::getSortOrder)
			.orElse(0);
		return KeptQuestion.of(this.questions.saveAndFlush(new KnowledgeQuestion(code, last + 1, content)));
	}

	/** New wording, choices or answer of an active question. */
	@Transactional
	public KeptQuestion change(UserPrincipal user, long id, QuestionRequest request) {
		this.access.requireQuestionKeeper(user);
		KnowledgeQuestion question = active(id);
		question.change(content(request));
		return KeptQuestion.of(this.questions.saveAndFlush(question));
	}

	/** Takes a question out of the quiz; attempts that used it keep their grade. */
	@Transactional
	public void retire(UserPrincipal user, long id) {
		this.access.requireQuestionKeeper(user);
		KnowledgeQuestion question = active(id);
		question.retire();
		this.questions.saveAndFlush(question);
	}

	/**
	 * The rep's quiz of the item, without answers (404 for a rep the user does not see).
	 */
	@Transactional(readOnly = true)
	public Quiz quiz(UserPrincipal user, String username, String code) {
		TeamDirectory.Member rep = this.access.person(user, username);
		KnowledgeRules.Item item = quizItem(code);
		List<QuizQuestion> shown = this.questions.findByItemCodeAndActiveTrueOrderBySortOrderAscIdAsc(code)
			.stream()
			.map((question) -> new QuizQuestion(question.getId(), question.getQuestion(), question.choiceList()))
			.toList();
		List<Attempt> taken = this.attempts.findByRepIdAndItemCodeOrderByTakenOnDescIdDesc(rep.id(), code)
			.stream()
			.map((attempt) -> new Attempt(attempt.getTakenOn(), attempt.getScore(), attempt.isPassed()))
			.toList();
		return new Quiz(rep.username(), rep.displayName(), code, item.what(), KnowledgeRules.QUIZ_PASS, shown, taken);
	}

	/**
	 * Grades the rep's answers (the rep only: 403 for others who see the rep); a pass
	 * records the QUIZ proof today. Every attempt is kept.
	 */
	@Transactional
	public Result take(UserPrincipal user, String username, String code, AnswerRequest request) {
		TeamDirectory.Member rep = this.access.person(user, username);
		if (rep.id() != user.id()) {
			throw new AccessDeniedException("only the rep takes the quiz");
		}
		quizItem(code);
		List<QuizRules.Key> keys = this.questions.findByItemCodeAndActiveTrueOrderBySortOrderAscIdAsc(code)
			.stream()
			.map((question) -> new QuizRules.Key(question.getId(), question.choiceList().size(), question.getAnswer()))
			.toList();
		if (keys.isEmpty()) {
			throw BusinessRuleException.onField("code", "coaching.quiz.error.noQuestions");
		}
		List<QuizRules.Given> given = (request == null || request.answers() == null) ? null : request.answers()
			.stream()
			.map((answer) -> (answer == null) ? null : new QuizRules.Given(answer.questionId(), answer.choice()))
			.toList();
		QuizRules.Grade grade = QuizRules.grade(keys, given);
		LocalDate today = LocalDate.now(this.clock);
		this.attempts.save(new KnowledgeQuizAttempt(rep.id(), code, today, grade));
		if (grade.passed()) {
			this.proofs.save(new KnowledgeProof(rep.id(), code, "QUIZ", today, rep.id(), grade.score(),
					grade.correct() + "/" + grade.total()));
		}
		return new Result(code, grade.correct(), grade.total(), grade.score(), grade.passed(),
				KnowledgeRules.QUIZ_PASS);
	}

	private static QuizRules.Question content(QuestionRequest request) {
		QuestionRequest body = (request != null) ? request : new QuestionRequest(null, null, null);
		return QuizRules.question(body.question(), body.choices(), body.answer());
	}

	private KnowledgeQuestion active(long id) {
		return this.questions.findById(id)
			.filter(KnowledgeQuestion::isActive)
			.orElseThrow(() -> new NotFoundException(QUESTION, id));
	}

	/** The item by code (404), which must be proved by a quiz (422 on {@code code}). */
	private KnowledgeRules.Item quizItem(String code) {
		KnowledgeRules.Item item = this.checklist.items()
			.stream()
			.filter((candidate) -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(KnowledgeChecklist.ITEM, code));
		if (!"QUIZ".equals(item.proof())) {
			throw BusinessRuleException.onField("code", "coaching.quiz.error.notQuiz");
		}
		return item;
	}

}
