package org.salesteam.platform.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the entry with plain SQL into the tables the Hibernate listeners write
 * ({@code audit_event}, {@code audit_change}); the event's id is a {@code nextval} of
 * {@code app_seq} (its whole block is then nobody else's).
 */
@Service
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
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

}
