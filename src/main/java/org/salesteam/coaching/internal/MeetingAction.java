package org.salesteam.coaching.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One action agreed in a sales meeting: what, who, by when, and the day it was closed.
 */
@Embeddable
public class MeetingAction {

	@Column(nullable = false, length = 500)
	private String description;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	protected MeetingAction() {
	}

	MeetingAction(String description, long ownerId, LocalDate dueOn, LocalDate closedOn) {
		this.description = description;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
		this.closedOn = closedOn;
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

	public LocalDate getClosedOn() {
		return this.closedOn;
	}

	void close(LocalDate on) {
		this.closedOn = on;
	}

}
