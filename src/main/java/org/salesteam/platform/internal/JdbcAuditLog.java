package org.salesteam.platform.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditLog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the entry with plain SQL into the tables the Hibernate listeners write
 * ({@code audit_event}, {@code audit_change}); the event's id is a {@code nextval} of
 * {@code app_seq} (its whole block is then nobody else's). Bulk entries take their ids
 * from such blocks, as {@link AuditWriter} does, and go in two batches.
 */
@Service
class JdbcAuditLog implements AuditLog {

	private static final String INSERT_EVENT = """
			insert into audit_event (id, occurred_at, username, entity_type, entity_id, action, source)
			values (?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_CHANGE = """
			insert into audit_change (event_id, change_no, field, old_value, new_value)
			values (?, ?, ?, ?, ?)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(String username, String entityType, Object entityId, AuditAction action,
			List<AuditEntry.Change> changes) {
		long id = this.jdbc.sql("select nextval('app_seq')").query(Long.class).single();
		this.jdbc.sql("""
				insert into audit_event (id, occurred_at, username, entity_type, entity_id, action)
				values (:id, :at, :username, :type, :entityId, :action)
				""")
			.param("id", id)
			.param("at", OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MICROS))
			.param("username", username)
			.param("type", entityType)
			.param("entityId", String.valueOf(entityId))
			.param("action", action.name())
			.update();
		int position = 0;
		for (AuditEntry.Change change : changes) {
			this.jdbc.sql("""
					insert into audit_change (event_id, change_no, field, old_value, new_value)
					values (:id, :no, :field, :old, :new)
					""")
				.param("id", id)
				.param("no", position++)
				.param("field", change.field())
				.param("old", change.oldValue())
				.param("new", change.newValue())
				.update();
		}
	}

	@Override
	@Transactional
	public void recordAll(String username, String source, List<Record> records) {
		if (records.isEmpty()) {
			return;
		}
		OffsetDateTime at = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		List<Object[]> events = new ArrayList<>();
		List<Object[]> changes = new ArrayList<>();
		long next = 0;
		long last = -1;
		for (Record record : records) {
			if (next > last) {
				last = this.jdbc.sql("select nextval('app_seq')").query(Long.class).single();
				next = last - AuditWriter.BLOCK + 1;
			}
			long id = next++;
			events.add(new Object[] { id, at, username, record.entityType(), String.valueOf(record.entityId()),
					record.action().name(), source });
			int position = 0;
			for (AuditEntry.Change change : record.changes()) {
				changes.add(new Object[] { id, position++, change.field(), AuditValues.cut(change.oldValue()),
						AuditValues.cut(change.newValue()) });
			}
		}
		this.template.batchUpdate(INSERT_EVENT, events);
		if (!changes.isEmpty()) {
			this.template.batchUpdate(INSERT_CHANGE, changes);
		}
	}

}
