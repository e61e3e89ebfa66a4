package org.salesteam.platform.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.HibernateException;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.CurrentUser;

/**
 * Hibernate listener that turns inserts, updates and deletes of {@code @Audited}
 * entities, and changes of their element collections, into audit events. Events are
 * collected per session ({@link PendingAudit}) and written by a before-completion
 * callback of the transaction, on its connection: a rolled-back change leaves no trail,
 * and a failure to write the trail fails the commit.
 * <p>
 * Collections: an in-place change arrives as a collection update (old elements from
 * Hibernate's snapshot); a replaced collection as a remove of the old one followed by a
 * recreate of the new one, which merge into one change of the owner. A lazy collection
 * that was never loaded has no known old value and is recorded with none.
 * <p>
 * Bulk HQL/SQL updates and deletes bypass these events and are not audited.
 */
final class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PreCollectionRemoveEventListener, PostCollectionRecreateEventListener, PostCollectionUpdateEventListener {

	private final Clock clock;

	private final AuditWriter writer = new AuditWriter();

	private final Map<UUID, PendingAudit> pendingBySession = new ConcurrentHashMap<>();

	AuditListener(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		EntityPersister persister = event.getPersister();
		AuditedType type = AuditedType.of(persister.getMappedClass());
		if (!type.audited()) {
			return;
		}
		PendingAudit.Event audit = pending(event.getSession()).created(type.key(), String.valueOf(event.getId()),
				username(), now());
		Object[] state = event.getState();
		for (int i = 0; i < state.length; i++) {
			if (isRecorded(persister, i) && state[i] != null) {
				record(audit, type, persister, i, null, state[i], event.getSession());
			}
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		EntityPersister persister = event.getPersister();
		AuditedType type = AuditedType.of(persister.getMappedClass());
		if (!type.audited()) {
			return;
		}
		PendingAudit.Event audit = pending(event.getSession()).updated(type.key(), String.valueOf(event.getId()),
				username(), now());
		Object[] oldState = event.getOldState();
		Object[] state = event.getState();
		Type[] types = persister.getPropertyTypes();
		for (int i : changedIndexes(event)) {
			if (isRecorded(persister, i) && !types[i].isCollectionType()) {
				// without a loaded state (rare: e.g. an update forced without a dirty
				// check)
				// the old value is unknown and recorded as none
				Object before = (oldState != null) ? oldState[i] : null;
				if (!Objects.equals(before, state[i])) {
					record(audit, type, persister, i, before, state[i], event.getSession());
				}
			}
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		EntityPersister persister = event.getPersister();
		AuditedType type = AuditedType.of(persister.getMappedClass());
		if (!type.audited()) {
			return;
		}
		PendingAudit.Event audit = pending(event.getSession()).deleted(type.key(), String.valueOf(event.getId()),
				username(), now());
		Object[] state = event.getDeletedState();
		if (state == null) {
			return;
		}
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < state.length; i++) {
			boolean knownCollection = !types[i].isCollectionType() || state[i] instanceof Collection<?>
					|| state[i] instanceof Map<?, ?>;
			if (isRecorded(persister, i) && knownCollection && state[i] != null) {
				record(audit, type, persister, i, state[i], null, event.getSession());
			}
		}
	}

	@Override
	public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		AuditedType type = auditedOwner(owner);
		if (type == null || ownerIsBeingDeleted(event.getSession(), owner)) {
			return;
		}
		String field = field(event);
		PendingAudit.Event audit = pending(event.getSession()).updated(type.key(), ownerId(event), username(), now());
		audit.change(field, mask(type, field, oldElements(event.getCollection())), mask(type, field, ""),
				type.masked(field));
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		AuditedType type = auditedOwner(owner);
		if (type == null) {
			return;
		}
		String field = field(event);
		PendingAudit.Event audit = pending(event.getSession()).updated(type.key(), ownerId(event), username(), now());
		audit.change(field, mask(type, field, ""), mask(type, field, AuditValues.format(event.getCollection())),
				type.masked(field));
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		AuditedType type = auditedOwner(owner);
		if (type == null) {
			return;
		}
		String field = field(event);
		String before = oldElements(event.getCollection());
		String after = AuditValues.format(event.getCollection());
		if (type.masked(field) || !Objects.equals(before, after)) {
			PendingAudit.Event audit = pending(event.getSession()).updated(type.key(), ownerId(event), username(),
					now());
			audit.change(field, mask(type, field, before), mask(type, field, after), type.masked(field));
		}
	}

	private void record(PendingAudit.Event audit, AuditedType type, EntityPersister persister, int index, Object before,
			Object after, SharedSessionContractImplementor session) {
		String field = persister.getPropertyNames()[index];
		Type propertyType = persister.getPropertyTypes()[index];
		if (type.masked(field)) {
			audit.change(field, (before != null) ? AuditEntry.MASK : null, (after != null) ? AuditEntry.MASK : null,
					true);
		}
		else {
			audit.change(field, AuditValues.format(before, propertyType, session),
					AuditValues.format(after, propertyType, session), false);
		}
	}

	private PendingAudit pending(SharedSessionContractImplementor session) {
		UUID key = session.getSessionIdentifier();
		PendingAudit existing = this.pendingBySession.get(key);
		if (existing != null) {
			return existing;
		}
		PendingAudit created = new PendingAudit();
		this.pendingBySession.put(key, created);
		TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
		callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) (s) -> write(key, s));
		callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (success,
				s) -> this.pendingBySession.remove(key));
		return created;
	}

	private void write(UUID key, SharedSessionContractImplementor session) {
		PendingAudit pending = this.pendingBySession.remove(key);
		if (pending == null || pending.isEmpty()) {
			return;
		}
		session.doWork((connection) -> {
			try {
				this.writer.write(pending.toWrite(), connection);
			}
			catch (SQLException ex) {
				throw new HibernateException("Could not write the audit trail", ex);
			}
		});
	}

	private static int[] changedIndexes(PostUpdateEvent event) {
		int[] dirty = event.getDirtyProperties();
		if (dirty != null) {
			return dirty;
		}
		int[] all = new int[event.getState().length];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		return all;
	}

	private static boolean isRecorded(EntityPersister persister, int index) {
		return !(persister.isVersioned() && index == persister.getVersionPropertyIndex());
	}

	private static AuditedType auditedOwner(Object owner) {
		if (owner == null) {
			return null;
		}
		AuditedType type = AuditedType.of(owner.getClass());
		return type.audited() ? type : null;
	}

	private static boolean ownerIsBeingDeleted(SharedSessionContractImplementor session, Object owner) {
		EntityEntry entry = session.getPersistenceContextInternal().getEntry(owner);
		return entry != null && entry.getStatus().isDeletedOrGone();
	}

	private static String ownerId(AbstractCollectionEvent event) {
		return String.valueOf(event.getAffectedOwnerIdOrNull());
	}

	/** The collection's attribute name: its role without the owner's entity name. */
	private static String field(AbstractCollectionEvent event) {
		String role = event.getCollection().getRole();
		String prefix = event.getAffectedOwnerEntityName() + ".";
		return (role != null && role.startsWith(prefix)) ? role.substring(prefix.length()) : role;
	}

	/**
	 * The elements as last loaded or flushed (Hibernate's snapshot), else the current
	 * ones, else unknown.
	 */
	private static String oldElements(PersistentCollection<?> collection) {
		Object snapshot = collection.getStoredSnapshot();
		if (snapshot instanceof Map<?, ?> map && !(collection instanceof Map<?, ?>)) {
			return AuditValues.format(map.values());
		}
		if (snapshot instanceof Collection<?> || snapshot instanceof Map<?, ?>) {
			return AuditValues.format(snapshot);
		}
		return collection.wasInitialized() ? AuditValues.format(collection) : null;
	}

	private static String mask(AuditedType type, String field, String value) {
		return (type.masked(field) && value != null) ? AuditEntry.MASK : value;
	}

	private static String username() {
		return CurrentUser.username().orElse(AuditEntry.SYSTEM);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
