package org.salesteam.coaching.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;

/**
 * A single-choice question of a knowledge item's quiz, kept by managers (ADR 0045). The
 * choices are stored one per line; {@code answer} counts from 0 and never leaves the
 * keepers' API. A retired question stays for the attempts that used it.
 */
@Entity
@Table(name = "knowledge_question")
@Audited("knowledgeQuestion")
public class KnowledgeQuestion extends AbstractAggregate {

	@Column(name = "item_code", nullable = false, length = 40)
	private String itemCode;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false, length = 500)
	private String question;

	@Column(nullable = false, length = 1300)
	private String choices;

	@Column(nullable = false)
	private int answer;

	@Column(nullable = false)
	private boolean active = true;

	protected KnowledgeQuestion() {
	}

	KnowledgeQuestion(String itemCode, int sortOrder, QuizRules.Question content) {
		this.itemCode = itemCode;
		this.sortOrder = sortOrder;
		change(content);
	}

	/**
	 * New wording, choices and answer (already checked by {@link QuizRules#question}).
	 */
	void change(QuizRules.Question content) {
		this.question = content.question();
		this.choices = String.join("\n", content.choices());
		this.answer = content.answer();
	}

	void retire() {
		this.active = false;
	}

	public String getItemCode() {
		return this.itemCode;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getQuestion() {
		return this.question;
	}

	public List<String> choiceList() {
		return Arrays.asList(this.choices.split("\n"));
	}

	public int getAnswer() {
		return this.answer;
	}

	public boolean isActive() {
		return this.active;
	}

}
