package org.salesteam.platform.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditCursor;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditPage;
import org.salesteam.platform.AuditQuery;
import org.salesteam.platform.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the trail with two queries per page: the events (newest first, keyset on
 * {@code occurred_at, id}, one row more than asked to know whether an older page exists)
 * and then their changes. Filters are fixed SQL fragments with bound parameters.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	private static final String EVENT_COLUMNS = "select id, occurred_at, username, entity_type, entity_id, action, source "
			+ "from audit_event";

	private final JdbcClient jdbc;

	private final SortedSet<String> entityTypes;

	JdbcAuditTrail(JdbcClient jdbc, EntityManagerFactory entityManagerFactory) {
		this.jdbc = jdbc;
		this.entityTypes = auditedKeys(entityManagerFactory);
	}

	@Override
	public List<AuditEntry> history(String entityType, Object entityId) {
		List<Event> events = this.jdbc
			.sql(EVENT_COLUMNS + " where entity_type = :type and entity_id = :id order by occurred_at desc, id desc")
			.param("type", entityType)
			.param("id", String.valueOf(entityId))
			.query(JdbcAuditTrail::event)
			.list();
		return withChanges(events);
	}

	@Override
	public AuditPage search(AuditQuery query) {
		StringBuilder sql = new StringBuilder(EVENT_COLUMNS).append(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.username() != null) {
			sql.append(" and username = :username");
			params.put("username", query.username());
		}
		if (query.entityType() != null) {
			sql.append(" and entity_type = :entityType");
			params.put("entityType", query.entityType());
		}
		if (query.entityId() != null) {
			sql.append(" and entity_id = :entityId");
			params.put("entityId", query.entityId());
		}
		if (query.action() != null) {
			sql.append(" and action = :action");
			params.put("action", query.action().name());
		}
		if (query.from() != null) {
			sql.append(" and occurred_at >= :from");
			params.put("from", utc(query.from()));
		}
		if (query.to() != null) {
			sql.append(" and occurred_at < :to");
			params.put("to", utc(query.to()));
		}
		if (query.before() != null) {
			sql.append(" and (occurred_at < :beforeTime or (occurred_at = :beforeTime and id < :beforeId))");
			params.put("beforeTime", utc(query.before().occurredAt()));
			params.put("beforeId", query.before().id());
		}
		sql.append(" order by occurred_at desc, id desc limit :limit");
		params.put("limit", query.limit() + 1);
		List<Event> events = new ArrayList<>(
				this.jdbc.sql(sql.toString()).params(params).query(JdbcAuditTrail::event).list());
		AuditCursor next = null;
		if (events.size() > query.limit()) {
			events = events.subList(0, query.limit());
			Event last = events.get(events.size() - 1);
			next = new AuditCursor(last.occurredAt().toInstant(), last.id());
		}
		return new AuditPage(withChanges(events), next);
	}

	@Override
	public SortedSet<String> entityTypes() {
		return this.entityTypes;
	}

	private List<AuditEntry> withChanges(List<Event> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		Map<Long, List<AuditEntry.Change>> changes = new LinkedHashMap<>();
		List<Long> ids = events.stream().map(Event::id).toList();
		for (int start = 0; start < ids.size(); start += 500) {
			this.jdbc
				.sql("select event_id, field, old_value, new_value from audit_change "
						+ "where event_id in (:ids) order by event_id, change_no")
				.param("ids", ids.subList(start, Math.min(ids.size(), start + 500)))
				.query((rs, row) -> {
					changes.computeIfAbsent(rs.getLong("event_id"), (id) -> new ArrayList<>())
						.add(new AuditEntry.Change(rs.getString("field"), rs.getString("old_value"),
								rs.getString("new_value")));
					return null;
				})
				.list();
		}
		return events.stream()
			.map((event) -> new AuditEntry(event.id(), event.occurredAt().toInstant(), event.username(),
					event.entityType(), event.entityId(), AuditAction.valueOf(event.action()),
					changes.getOrDefault(event.id(), List.of()), event.source()))
			.toList();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Event event(ResultSet rs, int row) throws SQLException {
		return new Event(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("username"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"), rs.getString("source"));
	}

	private static SortedSet<String> auditedKeys(EntityManagerFactory entityManagerFactory) {
		SortedSet<String> keys = new TreeSet<>();
		for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
			AuditedType type = AuditedType.of(entity.getJavaType());
			if (type.audited()) {
				keys.add(type.key());
			}
		}
		return Collections.unmodifiableSortedSet(keys);
	}

	private record Event(long id, OffsetDateTime occurredAt, String username, String entityType, String entityId,
			String action, String source) {
	}

}
