package org.salesteam.retention.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One item of a service audit: the three typed scores 1–5 (each may still be missing), a
 * note, and the action when the item has one (owner, due date, note, done day).
 */
@Embeddable
public class ServiceAuditLine {

	@Enumerated(EnumType.STRING)
	@Column(name = "item_code", nullable = false, length = 30)
	private ServiceAuditItem item;

	private Integer importance;

	private Integer ours;

	private Integer competitor;

	@Column(length = 500)
	private String note;

	@Column(name = "action_owner_id")
	private Long actionOwnerId;

	@Column(name = "action_due_on")
	private LocalDate actionDueOn;

	@Column(name = "action_note", length = 500)
	private String actionNote;

	@Column(name = "action_done_on")
	private LocalDate actionDoneOn;

	protected ServiceAuditLine() {
	}

	ServiceAuditLine(ServiceAuditItem item) {
		this.item = item;
	}

	void score(Integer importance, Integer ours, Integer competitor, String note) {
		this.importance = importance;
		this.ours = ours;
		this.competitor = competitor;
		this.note = note;
	}

	void assign(long ownerId, LocalDate dueOn, String note) {
		this.actionOwnerId = ownerId;
		this.actionDueOn = dueOn;
		this.actionNote = note;
	}

	void done(LocalDate on) {
		this.actionDoneOn = on;
	}

	/** importance × (competitor − ours) once all three are scored; else null. */
	public Integer gap() {
		if (this.importance == null || this.ours == null || this.competitor == null) {
			return null;
		}
		return this.importance * (this.competitor - this.ours);
	}

	public boolean hasAction() {
		return this.actionOwnerId != null;
	}

	public ServiceAuditItem getItem() {
		return this.item;
	}

	public Integer getImportance() {
		return this.importance;
	}

	public Integer getOurs() {
		return this.ours;
	}

	public Integer getCompetitor() {
		return this.competitor;
	}

	public String getNote() {
		return this.note;
	}

	public Long getActionOwnerId() {
		return this.actionOwnerId;
	}

	public LocalDate getActionDueOn() {
		return this.actionDueOn;
	}

	public String getActionNote() {
		return this.actionNote;
	}

	public LocalDate getActionDoneOn() {
		return this.actionDoneOn;
	}

}
