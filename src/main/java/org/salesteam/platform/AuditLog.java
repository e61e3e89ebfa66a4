package org.salesteam.platform;

import java.util.List;

/**
 * Writes one audit entry for something that is not an {@link Audited} entity's change —
 * e.g. an import run, whose rows are written in bulk past the entity listeners. The entry
 * joins the caller's transaction and shows in the same trail as entity changes.
 */
public interface AuditLog {

	/**
	 * Records {@code action} on {@code entityType}/{@code entityId} by {@code username},
	 * with its field changes in order. Labels are {@code audit.entity.<type>} and
	 * {@code audit.field.<type>.<field>}.
	 */
	void record(String username, String entityType, Object entityId, AuditAction action,
			List<AuditEntry.Change> changes);

	/**
	 * Records one entry per record in JDBC batches (ids taken from the application's
	 * sequence in blocks), all by {@code username}, at the same instant and from the same
	 * {@code source} (see {@link AuditEntry#source()}) — for bulk writers that change
	 * many records past the entity listeners, such as imports.
	 */
	void recordAll(String username, String source, List<Record> records);

	/** One record's entry for {@link #recordAll}. */
	record Record(String entityType, Object entityId, AuditAction action, List<AuditEntry.Change> changes) {
	}

}
