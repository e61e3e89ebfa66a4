package org.salesteam.team.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.team.SalesTeam;

/** The admin's form for a sales team. */
class TeamForm {

	@NotBlank(message = "{form.required}")
	@Size(max = 100, message = "{form.tooLong}")
	private String name;

	@NotNull(message = "{form.required}")
	private Long managerId;

	private Long segmentId;

	static TeamForm from(SalesTeam team) {
		TeamForm form = new TeamForm();
		form.name = team.getName();
		form.managerId = team.getManagerId();
		form.segmentId = team.getSegmentId();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getManagerId() {
		return this.managerId;
	}

	public void setManagerId(Long managerId) {
		this.managerId = managerId;
	}

	public Long getSegmentId() {
		return this.segmentId;
	}

	public void setSegmentId(Long segmentId) {
		this.segmentId = segmentId;
	}

}
