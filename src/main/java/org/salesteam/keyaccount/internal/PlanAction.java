package org.salesteam.keyaccount.internal;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One action of a key-account plan's action plan: who does what by when, and its state.
 */
@Embeddable
public class PlanAction {

	@Column(nullable = false, length = 300)
	private String title;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "due_on")
	private LocalDate due;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private ActionStatus status;

	protected PlanAction() {
	}

	public PlanAction(String title, Long ownerId, LocalDate due, ActionStatus status) {
		this.title = title;
		this.ownerId = ownerId;
		this.due = due;
		this.status = status;
	}

	PlanAction withStatus(ActionStatus changed) {
		return new PlanAction(this.title, this.ownerId, this.due, changed);
	}

	public String getTitle() {
		return this.title;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDue() {
		return this.due;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PlanAction that && Objects.equals(that.title, this.title)
				&& Objects.equals(that.ownerId, this.ownerId) && Objects.equals(that.due, this.due)
				&& that.status == this.status;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.title, this.ownerId, this.due, this.status);
	}

	@Override
	public String toString() {
		return this.title + ((this.due != null) ? " @" + this.due : "") + " " + this.status;
	}

}
