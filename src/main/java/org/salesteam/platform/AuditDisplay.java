package org.salesteam.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the stored values of the audit trail ({@link AuditEntry}: ids, enum names, ISO
 * instants) into what users know, in the current locale: a user's name instead of the id
 * where the field is a user ({@link #USER_FIELDS}), a state's translation where a message
 * key {@code <entityType>.<field>.<VALUE>} (or
 * {@code audit.value.<entityType>.<field>.<VALUE>}) exists, an instant as local time to
 * the minute in the configured zone, a date as the locale shows dates,
 * {@code true}/{@code false} as yes/no. Anything else, and masked values, stay as stored.
 * Meant for every page that shows recorded changes (the audit page, a record's change
 * history).
 */
@Component
public class AuditDisplay {

	/** Fields whose value is a user id, on any entity type. */
	public static final Set<String> USER_FIELDS = Set.of("ownerId", "formerOwnerId", "managerId", "repId", "userId");

	private static final Pattern ID = Pattern.compile("\\d{1,18}");

	private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final MessageSource messages;

	private final Formats fmt;

	private final ObjectProvider<UserNames> users;

	public AuditDisplay(MessageSource messages, Formats fmt, ObjectProvider<UserNames> users) {
		this.messages = messages;
		this.fmt = fmt;
		this.users = users;
	}

	/**
	 * The entries with their change values as users know them (one look-up of user names
	 * for all of them); ids, times and everything else of the entries unchanged.
	 */
	public List<AuditEntry> shown(Collection<AuditEntry> entries) {
		Map<Long, String> names = names(entries);
		List<AuditEntry> shown = new ArrayList<>(entries.size());
		for (AuditEntry entry : entries) {
			List<AuditEntry.Change> changes = entry.changes()
				.stream()
				.map((change) -> new AuditEntry.Change(change.field(),
						value(entry.entityType(), change.field(), change.oldValue(), names),
						value(entry.entityType(), change.field(), change.newValue(), names)))
				.toList();
			shown.add(new AuditEntry(entry.id(), entry.occurredAt(), entry.username(), entry.entityType(),
					entry.entityId(), entry.action(), changes, entry.source()));
		}
		return shown;
	}

	/** One stored value as users know it ({@code null} stays {@code null}). */
	public String value(String entityType, String field, String stored) {
		Map<Long, String> names = Map.of();
		if (stored != null && isUser(field, stored)) {
			names = lookUp(Set.of(Long.valueOf(stored)));
		}
		return value(entityType, field, stored, names);
	}

	private String value(String entityType, String field, String stored, Map<Long, String> names) {
		if (stored == null || stored.isEmpty() || AuditEntry.MASK.equals(stored)) {
			return stored;
		}
		if (isUser(field, stored)) {
			return names.getOrDefault(Long.valueOf(stored), stored);
		}
		if (ENUM_NAME.matcher(stored).matches()) {
			String text = this.messages.getMessage("audit.value." + entityType + "." + field + "." + stored, null, null,
					LocaleContextHolder.getLocale());
			if (text == null) {
				text = this.messages.getMessage(entityType + "." + field + "." + stored, null, null,
						LocaleContextHolder.getLocale());
			}
			return (text != null) ? text : stored;
		}
		if ("true".equals(stored) || "false".equals(stored)) {
			return this.messages.getMessage("audit.value." + stored, null, stored, LocaleContextHolder.getLocale());
		}
		try {
			if (INSTANT.matcher(stored).matches()) {
				return this.fmt.dateTime(Instant.parse(stored));
			}
			if (DATE.matcher(stored).matches()) {
				return this.fmt.date(LocalDate.parse(stored));
			}
		}
		catch (DateTimeParseException ex) {
			return stored;
		}
		return stored;
	}

	private Map<Long, String> names(Collection<AuditEntry> entries) {
		Set<Long> ids = new HashSet<>();
		for (AuditEntry entry : entries) {
			for (AuditEntry.Change change : entry.changes()) {
				for (String stored : new String[] { change.oldValue(), change.newValue() }) {
					if (stored != null && isUser(change.field(), stored)) {
						ids.add(Long.valueOf(stored));
					}
				}
			}
		}
		return ids.isEmpty() ? Map.of() : lookUp(ids);
	}

	private Map<Long, String> lookUp(Set<Long> ids) {
		UserNames source = this.users.getIfAvailable();
		return (source != null) ? source.displayNames(ids) : Map.of();
	}

	private static boolean isUser(String field, String stored) {
		return USER_FIELDS.contains(field) && ID.matcher(stored).matches();
	}

}
