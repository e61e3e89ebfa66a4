package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.platform.BusinessRuleException;

/**
 * The on-line quiz of a knowledge item (pure; ADR 0045): what a single-choice question
 * must hold, and the grade of a rep's answers — score = right ÷ questions in per cent
 * (rounded half up), passed when right × 100 ≥ 80 × questions, so that 79.5 % rounded to
 * 80 does not pass. Every question must be answered once; a bad answer is 422 naming it.
 */
final class QuizRules {

	static final int MIN_CHOICES = 2;

	static final int MAX_CHOICES = 6;

	static final int QUESTION_LENGTH = 500;

	static final int CHOICE_LENGTH = 200;

	/** A question's checked content; {@code answer} counts from 0. */
	record Question(String question, List<String> choices, int answer) {
	}

	/** What grading needs of a question: its id, how many choices, the right one. */
	record Key(long questionId, int choices, int answer) {
	}

	/** One answer as sent: the question and the chosen choice (from 0). */
	record Given(Long questionId, Integer choice) {
	}

	/** The grade: right answers, questions, score in per cent and the verdict. */
	record Grade(int correct, int total, int score, boolean passed) {
	}

	private QuizRules() {
	}

	static Question question(String question, List<String> choices, Integer answer) {
		String text = text("question", question, QUESTION_LENGTH);
		if (choices == null || choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
			throw BusinessRuleException.onField("choices", "coaching.quiz.error.choices", MIN_CHOICES, MAX_CHOICES);
		}
		List<String> checked = new java.util.ArrayList<>();
		for (int index = 0; index < choices.size(); index++) {
			String field = "choices[" + index + "]";
			String choice = text(field, choices.get(index), CHOICE_LENGTH);
			if (choice.contains("\n") || choice.contains("\r")) {
				throw BusinessRuleException.onField(field, "coaching.quiz.error.lineBreak");
			}
			checked.add(choice);
		}
		if (answer == null || answer < 0 || answer >= checked.size()) {
			throw BusinessRuleException.onField("answer", "coaching.quiz.error.answer", checked.size());
		}
		return new Question(text, List.copyOf(checked), answer);
	}

	static Grade grade(List<Key> keys, List<Given> answers) {
		if (answers == null || answers.isEmpty()) {
			throw BusinessRuleException.onField("answers", "coaching.validation.required");
		}
		Map<Long, Key> byId = new HashMap<>();
		keys.forEach((key) -> byId.put(key.questionId(), key));
		Set<Long> answered = new HashSet<>();
		int correct = 0;
		for (int index = 0; index < answers.size(); index++) {
			Given given = answers.get(index);
			String field = "answers[" + index + "]";
			Key key = (given == null || given.questionId() == null) ? null : byId.get(given.questionId());
			if (key == null) {
				throw BusinessRuleException.onField(field + ".questionId", "coaching.quiz.error.unknownQuestion");
			}
			if (!answered.add(key.questionId())) {
				throw BusinessRuleException.onField(field + ".questionId", "coaching.quiz.error.repeated");
			}
			if (given.choice() == null || given.choice() < 0 || given.choice() >= key.choices()) {
				throw BusinessRuleException.onField(field + ".choice", "coaching.quiz.error.choice", key.choices());
			}
			correct += (given.choice() == key.answer()) ? 1 : 0;
		}
		int unanswered = keys.size() - answered.size();
		if (unanswered > 0) {
			throw BusinessRuleException.onField("answers", "coaching.quiz.error.unanswered", unanswered);
		}
		int total = keys.size();
		int score = BigDecimal.valueOf(correct * 100L)
			.divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP)
			.intValueExact();
		return new Grade(correct, total, score, correct * 100L >= (long) KnowledgeRules.QUIZ_PASS * total);
	}

	private static String text(String field, String value, int length) {
		if (value == null || value.isBlank()) {
			throw BusinessRuleException.onField(field, "coaching.validation.required");
		}
		if (value.trim().length() > length) {
			throw BusinessRuleException.onField(field, "coaching.validation.tooLong", length);
		}
		return value.trim();
	}

}
