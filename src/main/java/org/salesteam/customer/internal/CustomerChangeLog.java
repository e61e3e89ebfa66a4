package org.salesteam.customer.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.salesteam.customer.CompanySize;
import org.salesteam.customer.CustomerSource;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.customer.EnterpriseType;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditTrail;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visible customer's change log as people read it: one line per changed field, newest
 * first, from the audit trail — changes made in the application and those an import wrote
 * (whose source names the import job). Values are shown, not stored: names instead of ids
 * (segment, territory, users), enums translated, yes/no, the time in the application's
 * zone to the minute.
 */
@Component
public class CustomerChangeLog {

	/** One field's change as shown. */
	public record Line(String at, String user, String source, String field, String oldValue, String newValue) {
	}

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Set<String> USER_FIELDS = Set.of("ownerId", "formerOwnerId");

	private final CustomerAccess access;

	private final AuditTrail trail;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	CustomerChangeLog(CustomerAccess access, AuditTrail trail, JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.access = access;
		this.trail = trail;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Line> of(UserPrincipal user, long customerId, Locale locale) {
		this.access.readable(user, customerId);
		List<AuditEntry> entries = this.trail.history(CustomerBulkWriter.AUDIT_ENTITY, customerId);
		Names names = names(entries);
		List<Line> lines = new ArrayList<>();
		for (AuditEntry entry : entries) {
			String at = LocalDateTime.ofInstant(entry.occurredAt(), this.clock.getZone()).format(MINUTE);
			String who = names.users.getOrDefault(entry.username(), entry.username());
			String source = source(entry.source(), locale);
			for (AuditEntry.Change change : entry.changes()) {
				lines.add(new Line(at, who, source,
						this.messages.getMessage("audit.field.customer." + change.field(), null, change.field(),
								locale),
						value(change.field(), change.oldValue(), names, locale),
						value(change.field(), change.newValue(), names, locale)));
			}
		}
		return lines;
	}

	/** {@code importJob:<id>} → "导入任务 #<id>"; none → the application. */
	String source(String source, Locale locale) {
		if (source == null) {
			return this.messages.getMessage("customer.changes.source.app", null, locale);
		}
		if (source.startsWith(AuditEntry.IMPORT_JOB_SOURCE)) {
			return this.messages.getMessage("customer.changes.source.importJob",
					new Object[] { source.substring(AuditEntry.IMPORT_JOB_SOURCE.length()) }, locale);
		}
		return source;
	}

	private String value(String field, String value, Names names, Locale locale) {
		if (value == null) {
			return null;
		}
		return switch (field) {
			case "ownerId", "formerOwnerId" -> names.userIds.getOrDefault(value, value);
			case "segmentId" -> names.segments.getOrDefault(value, value);
			case "territoryId" -> names.territories.getOrDefault(value, value);
			case "enterpriseType" -> label(EnterpriseType.class, value, EnterpriseType::messageKey, locale);
			case "size" -> label(CompanySize.class, value, CompanySize::messageKey, locale);
			case "source" -> label(CustomerSource.class, value, CustomerSource::messageKey, locale);
			case "status" -> label(CustomerStatus.class, value, CustomerStatus::messageKey, locale);
			case "keyAccount", "classOverridden" ->
				this.messages.getMessage("true".equals(value) ? "customer.yes" : "customer.no", null, value, locale);
			default -> value;
		};
	}

	private <E extends Enum<E>> String label(Class<E> type, String value, Function<E, String> key, Locale locale) {
		try {
			return this.messages.getMessage(key.apply(Enum.valueOf(type, value)), null, value, locale);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

	private Names names(List<AuditEntry> entries) {
		Set<String> usernames = new HashSet<>();
		Set<Long> userIds = new HashSet<>();
		Set<Long> segments = new HashSet<>();
		Set<Long> territories = new HashSet<>();
		for (AuditEntry entry : entries) {
			usernames.add(entry.username());
			for (AuditEntry.Change change : entry.changes()) {
				Set<Long> target = USER_FIELDS.contains(change.field()) ? userIds : "segmentId".equals(change.field())
						? segments : "territoryId".equals(change.field()) ? territories : null;
				if (target != null) {
					addId(target, change.oldValue());
					addId(target, change.newValue());
				}
			}
		}
		Names names = new Names();
		if (!usernames.isEmpty()) {
			this.jdbc.sql("select username, display_name from app_user where username in (:names)")
				.param("names", usernames)
				.query((rs, row) -> names.users.put(rs.getString(1), rs.getString(2)))
				.list();
		}
		byId("select id, display_name from app_user where id in (:ids)", userIds, names.userIds);
		byId("select id, name from market_segment where id in (:ids)", segments, names.segments);
		byId("select id, name from territory where id in (:ids)", territories, names.territories);
		return names;
	}

	private void byId(String sql, Collection<Long> ids, Map<String, String> into) {
		if (!ids.isEmpty()) {
			this.jdbc.sql(sql)
				.param("ids", ids)
				.query((rs, row) -> into.put(String.valueOf(rs.getLong(1)), rs.getString(2)))
				.list();
		}
	}

	private static void addId(Set<Long> ids, String value) {
		if (value != null && value.matches("\\d{1,18}")) {
			ids.add(Long.valueOf(value));
		}
	}

	private static final class Names {

		final Map<String, String> users = new HashMap<>();

		final Map<String, String> userIds = new HashMap<>();

		final Map<String, String> segments = new HashMap<>();

		final Map<String, String> territories = new HashMap<>();

	}

}
