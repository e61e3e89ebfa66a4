package org.salesteam.evaluation.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/**
 * A position (招聘岗位): a title, optionally the team it is for, opened on a day. It is
 * closed and reopened with a reason (the last one kept here, every one in the audit
 * trail); a closed position takes no new candidates (422 on {@code positionId}), closing
 * a closed or reopening an open one is a 422 on {@code status}.
 */
@Entity
@Audited("recruitPosition")
@Table(name = "recruit_position")
public class RecruitPosition extends AbstractAggregate {

	/** A position takes candidates while open. */
	public enum Status {

		OPEN, CLOSED

	}

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "team_id")
	private Long teamId;

	@Column(name = "opened_on", nullable = false)
	private LocalDate openedOn;

	@Column(nullable = false, length = 10)
	private String status;

	@Column(name = "created_by", nullable = false)
	private Long createdBy;

	@Column(name = "status_reason", length = 500)
	private String statusReason;

	@Column(name = "status_changed_on")
	private LocalDate statusChangedOn;

	protected RecruitPosition() {
	}

	RecruitPosition(String title, Long teamId, LocalDate openedOn, long createdBy) {
		this.title = Recruiting.required("title", title, 200);
		this.teamId = teamId;
		this.openedOn = openedOn;
		this.status = Status.OPEN.name();
		this.createdBy = createdBy;
	}

	void close(String reason, LocalDate on) {
		change(Status.OPEN, Status.CLOSED, reason, on);
	}

	void reopen(String reason, LocalDate on) {
		change(Status.CLOSED, Status.OPEN, reason, on);
	}

	private void change(Status from, Status to, String reason, LocalDate on) {
		String checked = Recruiting.required("reason", reason, 500);
		if (!from.name().equals(this.status)) {
			throw BusinessRuleException.onField("status", "evaluation.recruit.error.position." + to.name());
		}
		this.status = to.name();
		this.statusReason = checked;
		this.statusChangedOn = on;
	}

	boolean isOpen() {
		return Status.OPEN.name().equals(this.status);
	}

	void requireOpen() {
		if (!isOpen()) {
			throw BusinessRuleException.onField("positionId", "evaluation.recruit.error.positionClosed");
		}
	}

	public String getTitle() {
		return this.title;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public LocalDate getOpenedOn() {
		return this.openedOn;
	}

	public String getStatus() {
		return this.status;
	}

	public String getStatusReason() {
		return this.statusReason;
	}

	public LocalDate getStatusChangedOn() {
		return this.statusChangedOn;
	}

}
