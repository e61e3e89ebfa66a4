package org.salesteam.worklog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One of the five highest-return tasks of a week, from one perspective, by rank 1–5. */
@Embeddable
public class ManagerWeekTask {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ManagerWeekPerspective perspective;

	@Column(name = "task_rank", nullable = false)
	private int rank;

	@Column(nullable = false, length = 300)
	private String text;

	protected ManagerWeekTask() {
	}

	public ManagerWeekTask(ManagerWeekPerspective perspective, int rank, String text) {
		this.perspective = perspective;
		this.rank = rank;
		this.text = text;
	}

	public ManagerWeekPerspective getPerspective() {
		return this.perspective;
	}

	public int getRank() {
		return this.rank;
	}

	public String getText() {
		return this.text;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ManagerWeekTask that && that.perspective == this.perspective && that.rank == this.rank
				&& java.util.Objects.equals(that.text, this.text);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.perspective, this.rank, this.text);
	}

	@Override
	public String toString() {
		return this.perspective + "#" + this.rank + " " + this.text;
	}

}
