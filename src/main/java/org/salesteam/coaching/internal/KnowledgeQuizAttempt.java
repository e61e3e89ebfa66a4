package org.salesteam.coaching.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;

/** One on-line quiz a rep took: how many right of how many, the score and the verdict. */
@Entity
@Table(name = "knowledge_quiz_attempt")
public class KnowledgeQuizAttempt extends AbstractAggregate {

	@Column(name = "rep_id", nullable = false)
	private long repId;

	@Column(name = "item_code", nullable = false, length = 40)
	private String itemCode;

	@Column(name = "taken_on", nullable = false)
	private LocalDate takenOn;

	@Column(nullable = false)
	private int correct;

	@Column(nullable = false)
	private int total;

	@Column(nullable = false)
	private int score;

	@Column(nullable = false)
	private boolean passed;

	protected KnowledgeQuizAttempt() {
	}

	KnowledgeQuizAttempt(long repId, String itemCode, LocalDate takenOn, QuizRules.Grade grade) {
		this.repId = repId;
		this.itemCode = itemCode;
		this.takenOn = takenOn;
		this.correct = grade.correct();
		this.total = grade.total();
		this.score = grade.score();
		this.passed = grade.passed();
	}

	public long getRepId() {
		return this.repId;
	}

	public String getItemCode() {
		return this.itemCode;
	}

	public LocalDate getTakenOn() {
		return this.takenOn;
	}

	public int getScore() {
		return this.score;
	}

	public boolean isPassed() {
		return this.passed;
	}

}
