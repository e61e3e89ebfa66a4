package org.salesteam.platform;

import java.util.List;

/**
 * One page of the audit trail, newest first.
 *
 * @param entries the entries with their changes
 * @param next the cursor for the next (older) page, or {@code null} when there is none
 */
public record AuditPage(List<AuditEntry> entries, AuditCursor next) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	public boolean hasNext() {
		return this.next != null;
	}

}
