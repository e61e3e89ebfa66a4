package org.salesteam.platform;

/**
 * The roles of SalesTeam. A user holds one or more; Spring Security sees them as
 * {@code ROLE_<name>}.
 */
public enum Role {

	/** 销售代表 — owns customers, plans and logs visits. */
	REP,
	/** 销售经理 — leads one or more teams of reps. */
	MANAGER,
	/** 销售总监 — sees and approves across all teams. */
	DIRECTOR,
	/** 支持人员 — service, technical, logistics and credit staff. */
	SUPPORT,
	/** 管理员 — users, organisation, reference data, imports. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

}
