package org.salesteam.evaluation.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.platform.Audited;
import org.salesteam.platform.BusinessRuleException;

/** An open position (招聘岗位): a title, optionally the team it is for, opened on a day. */
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

	protected RecruitPosition() {
	}

	RecruitPosition(String title, Long teamId, LocalDate openedOn, long createdBy) {
		this.title = Recruiting.required("title", title, 200);
		this.teamId = teamId;
		this.openedOn = openedOn;
		this.status = Status.OPEN.name();
		this.createdBy = createdBy;
	}

	void close() {
		this.status = Status.CLOSED.name();
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

}
