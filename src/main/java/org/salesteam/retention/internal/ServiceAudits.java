package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The half-yearly service audit of a key account (服务审计, ADR 0050). Whoever sees a key
 * account — its owner, the owner's manager, the director, the admin — opens one audit per
 * half and types the scores; support staff read the audits of the accounts they serve
 * (writes 403); an audit of a customer the user does not see is a 404. Per item the gap
 * is importance × (competitor − ours); the {@value #ACTION_GAPS} largest positive gaps
 * must carry an action: one without gets the account's owner and a due date
 * {@value #DEFAULT_DUE_DAYS} days ahead when the scores are saved.
 */
@Service
public class ServiceAudits {

	static final int ACTION_GAPS = 3;

	static final int DEFAULT_DUE_DAYS = 30;

	private static final int MAX_NOTE = 500;

	/**
	 * One item as shown: measured figure, suggested score, the typed scores, gap, action.
	 */
	public record ItemLine(ServiceAuditItem item, ServiceAuditItem.Unit unit, Double measured, long basis,
			Integer suggested, Integer importance, Integer ours, Integer competitor, String note, Integer gap,
			boolean actionNeeded, String actionOwner, String actionOwnerName, LocalDate actionDueOn, String actionNote,
			LocalDate actionDoneOn, boolean actionLate) {
	}

	/** An audit with its items, the largest gaps first. */
	public record Detail(long id, long customerId, String customerName, String half, LocalDate from, LocalDate to,
			List<ItemLine> items) {
	}

	/**
	 * A key account of a half with its audit, if any: scored items, largest gap, open
	 * actions.
	 */
	public record Row(Long auditId, long customerId, String customerCode, String customerName, String ownerName,
			String half, int scoredItems, ServiceAuditItem largestGapItem, Integer largestGap, int openActions) {
	}

	private final ServiceAuditRepository audits;

	private final ServiceAuditMeasures measures;

	private final RetentionAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	ServiceAudits(ServiceAuditRepository audits, ServiceAuditMeasures measures, RetentionAccess access, JdbcClient jdbc,
			Clock clock) {
		this.audits = audits;
		this.measures = measures;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Opens the audit of a visible key account for a half that has begun; 422 on
	 * {@code customerId} (missing, not a key account) or {@code half} (not like
	 * {@code 2026-H2}, not begun, already audited).
	 */
	@Transactional
	public long open(UserPrincipal user, Long customerId, String halfText) {
		requireWriter(user);
		this.access.requireReadableKeyAccount(user, customerId, "retention.error.auditNotKeyAccount");
		AuditHalf half = AuditHalf.parse(halfText);
		if (half == null) {
			throw BusinessRuleException.onField("half", "retention.error.half");
		}
		if (half.from().isAfter(LocalDate.now(this.clock))) {
			throw BusinessRuleException.onField("half", "retention.error.halfNotBegun");
		}
		if (this.audits.existsByCustomerIdAndHalf(customerId, half.toString())) {
			throw BusinessRuleException.onField("half", "retention.error.auditExists");
		}
		return this.audits.save(new ServiceAudit(customerId, half, user.id())).getId();
	}

	/**
	 * Saves the typed scores and actions of the items given (others unchanged); a 422
	 * names the first field in error ({@code items[2].ours}) and nothing is written. Then
	 * every one of the largest gaps without an action gets the account's owner, due in
	 * {@value #DEFAULT_DUE_DAYS} days.
	 */
	@Transactional
	public void score(UserPrincipal user, long id, List<ServiceAuditScore> scores) {
		ServiceAudit audit = readable(user, id);
		requireWriter(user);
		LocalDate today = LocalDate.now(this.clock);
		List<ServiceAuditScore> given = (scores != null) ? scores : List.of();
		for (int index = 0; index < given.size(); index++) {
			apply(audit, given.get(index), "items[" + index + "].", today);
		}
		long owner = this.jdbc.sql("select coalesce(owner_id, :me) from customer where id = :c")
			.param("c", audit.getCustomerId())
			.param("me", user.id())
			.query(Long.class)
			.single();
		for (ServiceAuditItem item : largestGaps(audit.getLines())) {
			ServiceAuditLine line = audit.line(item);
			if (!line.hasAction()) {
				line.assign(owner, today.plusDays(DEFAULT_DUE_DAYS), null);
			}
		}
	}

	private void apply(ServiceAudit audit, ServiceAuditScore score, String field, LocalDate today) {
		ServiceAuditItem item = item(score.code(), field + "code");
		ServiceAuditLine line = audit.line(item);
		checkScore(score.importance(), field + "importance");
		checkScore(score.ours(), field + "ours");
		checkScore(score.competitor(), field + "competitor");
		String note = text(score.note(), field + "note");
		line.score(score.importance(), score.ours(), score.competitor(), note);
		String ownerName = text(score.actionOwner(), field + "actionOwner");
		if (ownerName != null) {
			Long owner = this.jdbc.sql("select id from app_user where username = :u and active = true")
				.param("u", ownerName)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> BusinessRuleException.onField(field + "actionOwner", "retention.error.actionOwner"));
			if (score.actionDueOn() == null) {
				throw BusinessRuleException.onField(field + "actionDueOn", "retention.error.required");
			}
			if (score.actionDueOn().isBefore(audit.getHalf().from())) {
				throw BusinessRuleException.onField(field + "actionDueOn", "retention.error.dueBeforeHalf");
			}
			line.assign(owner, score.actionDueOn(), text(score.actionNote(), field + "actionNote"));
		}
		if (score.actionDone() != null) {
			if (!line.hasAction()) {
				throw BusinessRuleException.onField(field + "actionDone", "retention.error.noAuditAction");
			}
			line.done(score.actionDone() ? ((line.getActionDoneOn() != null) ? line.getActionDoneOn() : today) : null);
		}
	}

	@Transactional(readOnly = true)
	public Detail detail(UserPrincipal user, long id) {
		ServiceAudit audit = readable(user, id);
		AuditHalf half = audit.getHalf();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate to = half.to().isBefore(today) ? half.to() : today;
		Map<ServiceAuditItem, ServiceAuditMeasures.Figure> figures = this.measures.of(audit.getCustomerId(),
				half.from(), to);
		Set<ServiceAuditItem> needed = Set.copyOf(largestGaps(audit.getLines()));
		Map<Long, String[]> names = new HashMap<>();
		List<ItemLine> items = new ArrayList<>();
		for (ServiceAuditLine line : audit.getLines()) {
			ServiceAuditMeasures.Figure figure = figures.get(line.getItem());
			String[] owner = (line.getActionOwnerId() == null) ? new String[2]
					: names.computeIfAbsent(line.getActionOwnerId(), this::userNames);
			items.add(new ItemLine(line.getItem(), line.getItem().unit(), figure.value(), figure.basis(),
					line.getItem().suggestedScore(figure.value()), line.getImportance(), line.getOurs(),
					line.getCompetitor(), line.getNote(), line.gap(), needed.contains(line.getItem()), owner[0],
					owner[1], line.getActionDueOn(), line.getActionNote(), line.getActionDoneOn(),
					line.hasAction() && line.getActionDoneOn() == null && line.getActionDueOn().isBefore(today)));
		}
		items.sort(Comparator.comparing((ItemLine line) -> (line.gap() != null) ? -line.gap() : Integer.MAX_VALUE)
			.thenComparing(ItemLine::item));
		String name = this.jdbc.sql("select name from customer where id = :c")
			.param("c", audit.getCustomerId())
			.query(String.class)
			.single();
		return new Detail(audit.getId(), audit.getCustomerId(), name, half.toString(), half.from(), to, items);
	}

	/**
	 * The visible key accounts (of the scope) with their audit of {@code half}; with
	 * {@code auditedOnly} only those that have one.
	 */
	@Transactional(readOnly = true)
	public List<Row> accounts(UserPrincipal user, AuditHalf half, String scope, boolean auditedOnly) {
		var where = this.access.customers(user, scope);
		List<Row> rows = where
			.bind(this.jdbc.sql("""
					select a.id, c.id, c.code, c.name, u.display_name from customer c
					left join app_user u on u.id = c.owner_id
					left join retention_service_audit a on a.customer_id = c.id and a.audit_half = :half
					where c.key_account = true and c.status <> 'LOST' and\s""" + where.sql()
					+ ((auditedOnly) ? " and a.id is not null" : "") + " order by c.code, c.id"))
			.param("half", half.toString())
			.query((rs, row) -> new Row(rs.getObject(1, Long.class), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), half.toString(), 0, null, null, 0))
			.list();
		return rows.stream().map(this::summarised).toList();
	}

	/**
	 * The audits of one visible customer, newest half first (another's customer: 404).
	 */
	@Transactional(readOnly = true)
	public List<Row> ofCustomer(UserPrincipal user, long customerId) {
		this.access.requireReadable(user, customerId);
		return this.jdbc.sql("""
				select a.id, c.id, c.code, c.name, u.display_name, a.audit_half from retention_service_audit a
				join customer c on c.id = a.customer_id left join app_user u on u.id = c.owner_id
				where c.id = :c order by a.audit_half desc""")
			.param("c", customerId)
			.query((rs, row) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), 0, null, null, 0))
			.list()
			.stream()
			.map(this::summarised)
			.toList();
	}

	private Row summarised(Row row) {
		if (row.auditId() == null) {
			return row;
		}
		List<ServiceAuditLine> lines = this.audits.findById(row.auditId()).orElseThrow().getLines();
		List<ServiceAuditItem> largest = largestGaps(lines);
		ServiceAuditItem first = largest.isEmpty() ? null : largest.get(0);
		int scored = (int) lines.stream().filter((line) -> line.gap() != null).count();
		int open = (int) lines.stream().filter((line) -> line.hasAction() && line.getActionDoneOn() == null).count();
		return new Row(row.auditId(), row.customerId(), row.customerCode(), row.customerName(), row.ownerName(),
				row.half(), scored, first,
				(first != null)
						? lines.stream().filter((line) -> line.getItem() == first).findFirst().orElseThrow().gap()
						: null,
				open);
	}

	/** The items of the {@value #ACTION_GAPS} largest positive gaps, largest first. */
	static List<ServiceAuditItem> largestGaps(List<ServiceAuditLine> lines) {
		return lines.stream()
			.filter((line) -> line.gap() != null && line.gap() > 0)
			.sorted(Comparator.comparing((ServiceAuditLine line) -> -line.gap())
				.thenComparing(ServiceAuditLine::getItem))
			.limit(ACTION_GAPS)
			.map(ServiceAuditLine::getItem)
			.collect(Collectors.toList());
	}

	private String[] userNames(long userId) {
		return this.jdbc.sql("select username, display_name from app_user where id = :u")
			.param("u", userId)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
	}

	private static ServiceAuditItem item(String code, String field) {
		if (code == null) {
			throw BusinessRuleException.onField(field, "retention.error.required");
		}
		try {
			return ServiceAuditItem.valueOf(code.trim());
		}
		catch (IllegalArgumentException ex) {
			throw BusinessRuleException.onField(field, "retention.error.auditItem", code);
		}
	}

	private static void checkScore(Integer score, String field) {
		if (score != null && (score < 1 || score > 5)) {
			throw BusinessRuleException.onField(field, "retention.error.score", 1, 5);
		}
	}

	private static String text(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_NOTE) {
			throw BusinessRuleException.onField(field, "retention.error.tooLong", MAX_NOTE);
		}
		return text.trim();
	}

	private ServiceAudit readable(UserPrincipal user, long id) {
		ServiceAudit audit = this.audits.findById(id)
			.orElseThrow(() -> new NotFoundException("retention.entity.serviceAudit", id));
		this.access.requireReadable(user, audit.getCustomerId());
		return audit;
	}

	private static void requireWriter(UserPrincipal user) {
		if (user.hasRole(Role.SUPPORT) && user.roles().size() == 1) {
			throw new AccessDeniedException("support staff read the service audits");
		}
	}

}
