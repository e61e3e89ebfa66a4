package org.salesteam.coaching.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The on-line quiz by hand: score = right ÷ questions in per cent rounded half up, a pass
 * needs right × 100 ≥ 80 × questions (79.5 % shows 80 points and still fails), every
 * question answered once, and a question's content checked field by field.
 */
class QuizRulesTests {

	/**
	 * Questions 1..n, each with four choices, the right one the question's number mod 4.
	 */
	private static List<QuizRules.Key> keys(int count) {
		List<QuizRules.Key> keys = new ArrayList<>();
		for (long id = 1; id <= count; id++) {
			keys.add(new QuizRules.Key(id, 4, (int) (id % 4)));
		}
		return keys;
	}

	/**
	 * Answers to every question, the first {@code right} of them right, the rest wrong.
	 */
	private static List<QuizRules.Given> answers(int count, int right) {
		List<QuizRules.Given> answers = new ArrayList<>();
		for (long id = 1; id <= count; id++) {
			int correct = (int) (id % 4);
			answers.add(new QuizRules.Given(id, (id <= right) ? correct : (correct + 1) % 4));
		}
		return answers;
	}

	@Test
	void gradesByHand() {
		// 4 of 5: 80 % — passes
		assertThat(QuizRules.grade(keys(5), answers(5, 4))).isEqualTo(new QuizRules.Grade(4, 5, 80, true));
		// 3 of 5: 60 % — fails
		assertThat(QuizRules.grade(keys(5), answers(5, 3))).isEqualTo(new QuizRules.Grade(3, 5, 60, false));
		// 7 of 9: 77.78 % → 78 points — fails
		assertThat(QuizRules.grade(keys(9), answers(9, 7))).isEqualTo(new QuizRules.Grade(7, 9, 78, false));
		// 8 of 10: exactly 80 % — passes
		assertThat(QuizRules.grade(keys(10), answers(10, 8))).isEqualTo(new QuizRules.Grade(8, 10, 80, true));
		// 159 of 200: 79.5 % shows 80 points (half up) but is below 80 % — fails
		assertThat(QuizRules.grade(keys(200), answers(200, 159))).isEqualTo(new QuizRules.Grade(159, 200, 80, false));
		// the order of the answers does not matter
		List<QuizRules.Given> reversed = new ArrayList<>(answers(5, 5));
		java.util.Collections.reverse(reversed);
		assertThat(QuizRules.grade(keys(5), reversed)).isEqualTo(new QuizRules.Grade(5, 5, 100, true));
	}

	@Test
	void everyQuestionOnceWithAChoiceItHas() {
		assertField(() -> QuizRules.grade(keys(3), answers(2, 2)), "answers");
		assertField(() -> QuizRules.grade(keys(3), List.of()), "answers");
		List<QuizRules.Given> repeated = new ArrayList<>(answers(3, 3));
		repeated.set(2, new QuizRules.Given(1L, 1));
		assertField(() -> QuizRules.grade(keys(3), repeated), "answers[2].questionId");
		List<QuizRules.Given> unknown = new ArrayList<>(answers(3, 3));
		unknown.set(1, new QuizRules.Given(99L, 0));
		assertField(() -> QuizRules.grade(keys(3), unknown), "answers[1].questionId");
		List<QuizRules.Given> outside = new ArrayList<>(answers(3, 3));
		outside.set(0, new QuizRules.Given(1L, 4));
		assertField(() -> QuizRules.grade(keys(3), outside), "answers[0].choice");
	}

	@Test
	void aQuestionNeedsWordingTwoToSixChoicesAndTheRightOne() {
		QuizRules.Question question = QuizRules.question(" 包装盒的作用？ ", List.of(" 保护产品 ", "送礼"), 0);
		assertThat(question).isEqualTo(new QuizRules.Question("包装盒的作用？", List.of("保护产品", "送礼"), 0));
		assertField(() -> QuizRules.question(" ", List.of("a", "b"), 0), "question");
		assertField(() -> QuizRules.question("q", List.of("a"), 0), "choices");
		assertField(() -> QuizRules.question("q", List.of("a", "b", "c", "d", "e", "f", "g"), 0), "choices");
		assertField(() -> QuizRules.question("q", List.of("a", ""), 0), "choices[1]");
		assertField(() -> QuizRules.question("q", List.of("a", "b\nc"), 0), "choices[1]");
		assertField(() -> QuizRules.question("q", List.of("a", "b"), 2), "answer");
		assertField(() -> QuizRules.question("q", List.of("a", "b"), null), "answer");
	}

	private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
		assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class,
				(ex) -> assertThat(ex.field()).isEqualTo(field));
	}

}
