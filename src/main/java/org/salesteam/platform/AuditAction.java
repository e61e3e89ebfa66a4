package org.salesteam.platform;

/** What happened to an audited record. */
public enum AuditAction {

	CREATE, UPDATE, DELETE;

	public String messageKey() {
		return "audit.action." + name();
	}

}
