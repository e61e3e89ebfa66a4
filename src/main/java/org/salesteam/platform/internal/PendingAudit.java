package org.salesteam.platform.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.salesteam.platform.AuditAction;

/**
 * The audit events of one Hibernate session's current transaction, collected during
 * flushes and written once just before commit. Several flushes, and the separate
 * collection events Hibernate fires for an owner, merge into one event per record and
 * action: the first old value and the last new value of each field win, and fields that
 * end where they began are dropped.
 */
final class PendingAudit {

	private final List<Event> events = new ArrayList<>();

	/** The latest CREATE or UPDATE of each record, which later changes merge into. */
	private final Map<String, Event> open = new HashMap<>();

	Event created(String entityType, String entityId, String username, Instant at) {
		return start(AuditAction.CREATE, entityType, entityId, username, at);
	}

	/** The open CREATE or UPDATE event of the record, or a new UPDATE. */
	Event updated(String entityType, String entityId, String username, Instant at) {
		Event existing = this.open.get(key(entityType, entityId));
		return (existing != null) ? existing : start(AuditAction.UPDATE, entityType, entityId, username, at);
	}

	Event deleted(String entityType, String entityId, String username, Instant at) {
		Event event = new Event(AuditAction.DELETE, entityType, entityId, username, at);
		this.events.add(event);
		this.open.remove(key(entityType, entityId));
		return event;
	}

	/** The events worth writing, in the order they happened. */
	List<Event> toWrite() {
		return this.events.stream().filter(Event::worthWriting).toList();
	}

	boolean isEmpty() {
		return this.events.isEmpty();
	}

	private Event start(AuditAction action, String entityType, String entityId, String username, Instant at) {
		Event event = new Event(action, entityType, entityId, username, at);
		this.events.add(event);
		this.open.put(key(entityType, entityId), event);
		return event;
	}

	private static String key(String entityType, String entityId) {
		return entityType + '\u0000' + entityId;
	}

	/** One event being collected. */
	static final class Event {

		final AuditAction action;

		final String entityType;

		final String entityId;

		final String username;

		final Instant occurredAt;

		private final Map<String, Change> changes = new LinkedHashMap<>();

		Event(AuditAction action, String entityType, String entityId, String username, Instant occurredAt) {
			this.action = action;
			this.entityType = entityType;
			this.entityId = entityId;
			this.username = username;
			this.occurredAt = occurredAt;
		}

		/**
		 * Records a field's values; a field already recorded keeps its first old value. A
		 * masked change is kept even though both values read {@code ••••}.
		 */
		void change(String field, String oldValue, String newValue, boolean masked) {
			Change existing = this.changes.get(field);
			String from = (this.action == AuditAction.CREATE) ? null
					: (existing != null) ? existing.oldValue : oldValue;
			String to = (this.action == AuditAction.DELETE) ? null : newValue;
			this.changes.put(field, new Change(field, from, to, masked || (existing != null && existing.masked)));
		}

		/**
		 * The changes worth keeping: for UPDATE those whose value moved (or masked), for
		 * CREATE and DELETE those with a value (empty collections are left out).
		 */
		List<Change> changes() {
			return this.changes.values().stream().filter(this::worthKeeping).toList();
		}

		private boolean worthKeeping(Change change) {
			return switch (this.action) {
				case CREATE -> change.newValue != null && !change.newValue.isEmpty();
				case DELETE -> change.oldValue != null && !change.oldValue.isEmpty();
				case UPDATE -> change.masked || !Objects.equals(change.oldValue, change.newValue);
			};
		}

		boolean worthWriting() {
			return this.action != AuditAction.UPDATE || !changes().isEmpty();
		}

	}

	record Change(String field, String oldValue, String newValue, boolean masked) {
	}

}
