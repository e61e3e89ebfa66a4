package org.salesteam.platform.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes collected audit events with plain JDBC on the connection of the transaction that
 * made the changes, so that they commit or roll back with it. Ids come from the
 * application's sequence {@code app_seq} the way Hibernate's pooled optimizer uses it:
 * one {@code nextval} reserves a block of {@value #BLOCK} ids.
 */
final class AuditWriter {

	/** Must equal the sequence's increment (see {@code V1__platform.sql}). */
	static final int BLOCK = 50;

	private static final String INSERT_EVENT = "insert into audit_event "
			+ "(id, occurred_at, username, entity_type, entity_id, action) values (?, ?, ?, ?, ?, ?)";

	private static final String INSERT_CHANGE = "insert into audit_change "
			+ "(event_id, change_no, field, old_value, new_value) values (?, ?, ?, ?, ?)";

	private long next;

	private long last = -1;

	void write(List<PendingAudit.Event> events, Connection connection) throws SQLException {
		if (events.isEmpty()) {
			return;
		}
		try (PreparedStatement eventInsert = connection.prepareStatement(INSERT_EVENT);
				PreparedStatement changeInsert = connection.prepareStatement(INSERT_CHANGE)) {
			boolean anyChange = false;
			for (PendingAudit.Event event : events) {
				long id = nextId(connection);
				eventInsert.setLong(1, id);
				eventInsert.setObject(2, OffsetDateTime.ofInstant(event.occurredAt, ZoneOffset.UTC));
				eventInsert.setString(3, event.username);
				eventInsert.setString(4, event.entityType);
				eventInsert.setString(5, event.entityId);
				eventInsert.setString(6, event.action.name());
				eventInsert.addBatch();
				int position = 0;
				for (PendingAudit.Change change : event.changes()) {
					changeInsert.setLong(1, id);
					changeInsert.setInt(2, position++);
					changeInsert.setString(3, change.field());
					setValue(changeInsert, 4, change.oldValue());
					setValue(changeInsert, 5, change.newValue());
					changeInsert.addBatch();
					anyChange = true;
				}
			}
			eventInsert.executeBatch();
			if (anyChange) {
				changeInsert.executeBatch();
			}
		}
	}

	private static void setValue(PreparedStatement statement, int index, String value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.VARCHAR);
		}
		else {
			statement.setString(index, value);
		}
	}

	private synchronized long nextId(Connection connection) throws SQLException {
		if (this.next > this.last) {
			try (PreparedStatement statement = connection.prepareStatement("select nextval('app_seq')");
					ResultSet result = statement.executeQuery()) {
				result.next();
				long high = result.getLong(1);
				this.next = high - BLOCK + 1;
				this.last = high;
			}
		}
		return this.next++;
	}

}
