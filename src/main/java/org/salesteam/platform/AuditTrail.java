package org.salesteam.platform;

import java.util.List;
import java.util.SortedSet;

/**
 * Reads the audit trail that {@link Audited} entities write. Modules show a record's
 * history through this, never through their own change logs. Access control is the
 * caller's job: the trail returns whatever it is asked for.
 */
public interface AuditTrail {

	/** Every entry of one record, newest first, with its changes. */
	List<AuditEntry> history(String entityType, Object entityId);

	/**
	 * Entries matching the query, newest first, one page at a time (keyset paging: cost
	 * does not grow with the size of the trail).
	 */
	AuditPage search(AuditQuery query);

	/** The keys of all audited entity types, e.g. {@code team}, {@code user}. */
	SortedSet<String> entityTypes();

}
