package org.salesteam.customer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditTrail;
import org.salesteam.platform.CustomerTimeline;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer module's own timeline entries: the record's creation, every change of
 * class (with how and why), and — read from the audit trail, which keeps every field
 * change of a customer — status changes (with the lost reason) and changes of owner:
 * assigned or claimed, transferred, returned to the pool. Imports write their changes to
 * the audit trail too (ADR 0023), so an imported change of owner shows here; demo data
 * written in bulk does not.
 */
@Component
@Order(0)
class CustomerLifeTimeline implements CustomerTimeline {

	private final JdbcClient jdbc;

	private final ClassHistory classHistory;

	private final AuditTrail auditTrail;

	private final Clock clock;

	CustomerLifeTimeline(JdbcClient jdbc, ClassHistory classHistory, AuditTrail auditTrail, Clock clock) {
		this.jdbc = jdbc;
		this.classHistory = classHistory;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@Override
	public List<Entry> entries(long customerId, int limit) {
		List<Entry> entries = new ArrayList<>();
		this.jdbc.sql("select created_at from customer where id = :id")
			.param("id", customerId)
			.query(OffsetDateTime.class)
			.optional()
			.ifPresent((created) -> entries
				.add(new Entry(day(created.toInstant()), "created", "customer.timeline.created", List.of(), null)));
		for (ClassHistory.Entry change : this.classHistory.of(customerId)) {
			String from = (change.fromClass() != null) ? change.fromClass().name() : "—";
			entries.add(change.automatic()
					? new Entry(change.changedOn(), "class", "customer.timeline.classAuto",
							List.of(from, change.toClass().name()), null)
					: new Entry(change.changedOn(), "class", "customer.timeline.classManual",
							List.of(from, change.toClass().name(), Objects.toString(change.changedByName(), "—"),
									Objects.toString(change.reason(), "—")),
							null));
		}
		List<AuditEntry> audit = this.auditTrail.history("customer", customerId);
		Map<String, String> names = userNames(audit);
		for (AuditEntry entry : audit) {
			if (entry.action() == AuditAction.UPDATE) {
				fromAudit(entry, names, entries);
			}
		}
		entries.sort(Comparator.comparing(Entry::on).reversed());
		return entries.subList(0, Math.min(limit, entries.size()));
	}

	private void fromAudit(AuditEntry entry, Map<String, String> names, List<Entry> entries) {
		LocalDate on = day(entry.occurredAt());
		String lostReason = null;
		for (AuditEntry.Change change : entry.changes()) {
			if ("lostReason".equals(change.field())) {
				lostReason = change.newValue();
			}
		}
		for (AuditEntry.Change change : entry.changes()) {
			if ("status".equals(change.field()) && change.newValue() != null) {
				entries.add(new Entry(on, "status", "customer.timeline.status." + change.newValue(),
						List.of(Objects.toString(lostReason, "—")), null));
			}
			else if ("ownerId".equals(change.field())) {
				entries.add(ownerChange(on, name(names, change.oldValue()), name(names, change.newValue())));
			}
		}
	}

	private static Entry ownerChange(LocalDate on, String from, String to) {
		if (from == null) {
			return new Entry(on, "owner", "customer.timeline.ownerAssigned", List.of(to), null);
		}
		if (to == null) {
			return new Entry(on, "pool", "customer.timeline.pooled", List.of(from), null);
		}
		return new Entry(on, "owner", "customer.timeline.transferred", List.of(from, to), null);
	}

	private static String name(Map<String, String> names, String id) {
		return (id == null) ? null : names.getOrDefault(id, id);
	}

	/** Display names of the owners named in the entries' owner changes. */
	private Map<String, String> userNames(List<AuditEntry> audit) {
		List<Long> ids = audit.stream()
			.flatMap((entry) -> entry.changes().stream())
			.filter((change) -> "ownerId".equals(change.field()))
			.flatMap((change) -> java.util.stream.Stream.of(change.oldValue(), change.newValue()))
			.filter(Objects::nonNull)
			.map(Long::valueOf)
			.distinct()
			.toList();
		Map<String, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select id, display_name from app_user where id in (:ids)")
				.param("ids", ids)
				.query((rs, row) -> names.put(String.valueOf(rs.getLong(1)), rs.getString(2)))
				.list();
		}
		return names;
	}

	private LocalDate day(java.time.Instant instant) {
		return LocalDate.ofInstant(instant, this.clock.getZone());
	}

}
