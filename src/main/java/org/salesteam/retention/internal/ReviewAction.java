package org.salesteam.retention.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One action agreed in an annual review meeting: what, who, by when, and when done. */
@Embeddable
public class ReviewAction {

	@Column(nullable = false, length = 500)
	private String description;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "done_on")
	private LocalDate doneOn;

	protected ReviewAction() {
	}

	ReviewAction(String description, long ownerId, LocalDate dueOn) {
		this.description = description;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
	}

	public String getDescription() {
		return this.description;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public LocalDate getDoneOn() {
		return this.doneOn;
	}

	boolean sameAs(ReviewAction other) {
		return this.description.equals(other.description) && this.ownerId == other.ownerId
				&& this.dueOn.equals(other.dueOn);
	}

	void done(LocalDate on) {
		this.doneOn = on;
	}

}
