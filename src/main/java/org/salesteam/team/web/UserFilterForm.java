package org.salesteam.team.web;

import org.salesteam.platform.Role;
import org.salesteam.team.internal.UserList;

/** The user list's filter, bound from the query string; empty fields do not filter. */
class UserFilterForm {

	private String q;

	private Role role;

	private Long teamId;

	private Boolean active;

	UserList.Filter toFilter() {
		return new UserList.Filter(this.q, this.role, this.teamId, this.active);
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Boolean getActive() {
		return this.active;
	}

	public void setActive(Boolean active) {
		this.active = active;
	}

}
