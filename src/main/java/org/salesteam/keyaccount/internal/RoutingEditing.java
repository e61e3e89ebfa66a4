package org.salesteam.keyaccount.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.salesteam.keyaccount.PortfolioBox;
import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditLog;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.service.ServiceRequestType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service routing table as a whole (ADR 0052): every request type with its
 * account-team role, every box with its deadlines in working hours (1–720, the response
 * not after the resolution; empty: the class's). Anyone signed in reads it; directors and
 * admins replace it (403 otherwise). A type left out goes to customer service, a box left
 * out has no deadline of its own. A wrong line → 422 naming {@code routes[i].type|role}
 * or {@code deadlines[i].box|responseHours|resolutionHours}, nothing written. Each
 * changed line is audited ({@code serviceRoute}/{@code serviceDeadline}).
 */
@Service
public class RoutingEditing {

	/** One line of the table as sent or shown. */
	public record RouteLine(String type, String role) {
	}

	/** One box's deadlines as sent or shown. */
	public record DeadlineLine(String box, Integer responseHours, Integer resolutionHours) {
	}

	/** The whole table. */
	public record Table(List<RouteLine> routes, List<DeadlineLine> deadlines) {
	}

	static final int MAX_HOURS = 720;

	private final KeyAccountAccess access;

	private final RoutingRows rows;

	private final AuditLog audit;

	RoutingEditing(KeyAccountAccess access, RoutingRows rows, AuditLog audit) {
		this.access = access;
		this.rows = rows;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Table table() {
		List<RouteLine> routes = new ArrayList<>();
		this.rows.routes().forEach((type, role) -> routes.add(new RouteLine(type.name(), role.name())));
		List<DeadlineLine> deadlines = new ArrayList<>();
		this.rows.deadlines()
			.values()
			.forEach((line) -> deadlines
				.add(new DeadlineLine(line.box().name(), line.responseHours(), line.resolutionHours())));
		return new Table(routes, deadlines);
	}

	@Transactional
	public Table replace(UserPrincipal user, Table table) {
		this.access.checkMayEditRouting(user);
		if (table == null || table.routes() == null) {
			throw BusinessRuleException.onField("routes", "keyaccount.error.routes");
		}
		Map<ServiceRequestType, TeamRole> routes = routes(table.routes());
		Map<PortfolioBox, RoutingRows.BoxDeadline> deadlines = deadlines(
				(table.deadlines() != null) ? table.deadlines() : List.of());
		Map<ServiceRequestType, TeamRole> oldRoutes = this.rows.routes();
		Map<PortfolioBox, RoutingRows.BoxDeadline> oldDeadlines = this.rows.deadlines();
		this.rows.replace(routes, deadlines);
		Map<ServiceRequestType, TeamRole> newRoutes = this.rows.routes();
		Map<PortfolioBox, RoutingRows.BoxDeadline> newDeadlines = this.rows.deadlines();
		newRoutes.forEach((type, role) -> {
			if (oldRoutes.get(type) != role) {
				this.audit.record(user.getUsername(), "serviceRoute", type.name(), AuditAction.UPDATE,
						List.of(new AuditEntry.Change("role", oldRoutes.get(type).name(), role.name())));
			}
		});
		newDeadlines.forEach((box, now) -> {
			RoutingRows.BoxDeadline before = oldDeadlines.get(box);
			List<AuditEntry.Change> changes = new ArrayList<>();
			change(changes, "responseHours", before.responseHours(), now.responseHours());
			change(changes, "resolutionHours", before.resolutionHours(), now.resolutionHours());
			if (!changes.isEmpty()) {
				this.audit.record(user.getUsername(), "serviceDeadline", box.name(), AuditAction.UPDATE, changes);
			}
		});
		return table();
	}

	private static Map<ServiceRequestType, TeamRole> routes(List<RouteLine> lines) {
		Map<ServiceRequestType, TeamRole> routes = new EnumMap<>(ServiceRequestType.class);
		for (int i = 0; i < lines.size(); i++) {
			RouteLine line = lines.get(i);
			String field = "routes[" + i + "]";
			ServiceRequestType type = parse(ServiceRequestType.class, (line != null) ? line.type() : null,
					field + ".type");
			if (routes.containsKey(type)) {
				throw BusinessRuleException.onField(field + ".type", "keyaccount.error.routeTwice", type.name());
			}
			routes.put(type, parse(TeamRole.class, line.role(), field + ".role"));
		}
		return routes;
	}

	private static Map<PortfolioBox, RoutingRows.BoxDeadline> deadlines(List<DeadlineLine> lines) {
		Map<PortfolioBox, RoutingRows.BoxDeadline> deadlines = new EnumMap<>(PortfolioBox.class);
		for (int i = 0; i < lines.size(); i++) {
			DeadlineLine line = lines.get(i);
			String field = "deadlines[" + i + "]";
			PortfolioBox box = parse(PortfolioBox.class, (line != null) ? line.box() : null, field + ".box");
			if (deadlines.containsKey(box)) {
				throw BusinessRuleException.onField(field + ".box", "keyaccount.error.routeTwice", box.name());
			}
			checkHours(line.responseHours(), field + ".responseHours");
			checkHours(line.resolutionHours(), field + ".resolutionHours");
			if (line.responseHours() != null && line.resolutionHours() != null
					&& line.responseHours() > line.resolutionHours()) {
				throw BusinessRuleException.onField(field + ".responseHours",
						"keyaccount.error.responseAfterResolution");
			}
			deadlines.put(box, new RoutingRows.BoxDeadline(box, line.responseHours(), line.resolutionHours()));
		}
		return deadlines;
	}

	private static void checkHours(Integer hours, String field) {
		if (hours != null && (hours < 1 || hours > MAX_HOURS)) {
			throw BusinessRuleException.onField(field, "keyaccount.error.hours", MAX_HOURS);
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> kind, String value, String field) {
		if (value == null || value.isBlank()) {
			throw BusinessRuleException.onField(field, "keyaccount.error.required");
		}
		try {
			return Enum.valueOf(kind, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.onField(field, "keyaccount.error.unknownValue", value);
		}
	}

	private static void change(List<AuditEntry.Change> changes, String field, Integer before, Integer now) {
		if (!Objects.equals(before, now)) {
			changes.add(new AuditEntry.Change(field, (before != null) ? before.toString() : null,
					(now != null) ? now.toString() : null));
		}
	}

}
