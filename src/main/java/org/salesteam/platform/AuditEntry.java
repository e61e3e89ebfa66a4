package org.salesteam.platform;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change of one business record: who did what to which record, when, and the
 * field values before and after. Values are strings: dates and instants in ISO-8601,
 * enums by name, collections sorted and comma-separated, masked fields as {@link #MASK}.
 *
 * @param id the entry's id (unique, not necessarily in time order across app nodes)
 * @param occurredAt when the change was made (microsecond precision)
 * @param username who made it, or {@link #SYSTEM} for changes made by nobody signed in
 * @param entityType the {@link Audited#value() key} of the entity, e.g. {@code user}
 * @param entityId the record's id
 * @param action created, changed or deleted
 * @param changes the fields: for CREATE their new values, for UPDATE only those that
 * changed, for DELETE their last values
 * @param source where the change came from: null for the application's screens and API,
 * else e.g. {@code importJob:<id>} for rows an import job wrote in bulk
 */
public record AuditEntry(long id, Instant occurredAt, String username, String entityType, String entityId,
		AuditAction action, List<Change> changes, String source) {

	/** The source of entries an import job wrote: {@code importJob:<id>}. */
	public static final String IMPORT_JOB_SOURCE = "importJob:";

	/** What a masked value is written as. */
	public static final String MASK = "••••";

	/** The user name recorded for changes made without a signed-in user. */
	public static final String SYSTEM = "system";

	public AuditEntry {
		changes = List.copyOf(changes);
	}

	/**
	 * One field of an entry.
	 *
	 * @param field the entity's attribute name, e.g. {@code displayName}
	 * @param oldValue the value before ({@code null} for none, always {@code null} on
	 * CREATE)
	 * @param newValue the value after ({@code null} for none, always {@code null} on
	 * DELETE)
	 */
	public record Change(String field, String oldValue, String newValue) {
	}

}
