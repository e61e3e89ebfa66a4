package org.salesteam.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service requests of the customers a user works, filtered by status, customer, type
 * and how they stand against their deadlines, the breached and warned first; and
 * {@code SLA_MET}: the requests closed in a period within their resolution deadline ÷ all
 * closed then.
 */
@Service
public class ServiceRequestList {

	/**
	 * A request with its customer and how it stands now; the deadlines also as local
	 * times of the service desk's zone, for pages.
	 */
	public record Row(ServiceRequest request, String customerCode, String customerName, ServiceRequest.Sla sla,
			java.time.LocalDateTime responseDue, java.time.LocalDateTime resolutionDue, String assigneeName) {
	}

	public record Page(List<Row> items, long total) {
	}

	/**
	 * SLA_MET of a period: closed within the deadline ÷ closed (null when none closed),
	 * with the open requests now breached and warned.
	 */
	public record Summary(LocalDate from, LocalDate to, long closed, long closedInTime, Double slaMet, long open,
			long breached, long warning) {
	}

	private static final Map<ServiceRequest.Sla, Integer> URGENCY = Map.of(ServiceRequest.Sla.BREACHED, 0,
			ServiceRequest.Sla.WARNING, 1, ServiceRequest.Sla.ON_TRACK, 2, ServiceRequest.Sla.MISSED, 3,
			ServiceRequest.Sla.MET, 4);

	private final ServiceAccess access;

	private final ServiceRequestRepository requests;

	private final ServiceSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	ServiceRequestList(ServiceAccess access, ServiceRequestRepository requests, ServiceSettings settings,
			JdbcClient jdbc, Clock clock) {
		this.access = access;
		this.requests = requests;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page find(UserPrincipal user, String status, Long customerId, String type, String sla, int page, int size) {
		List<Row> rows = rows(user, customerId).stream()
			.filter((r) -> status == null || status.isBlank() || r.request().getStatus().name().equalsIgnoreCase(status)
					|| ("ACTIVE".equalsIgnoreCase(status) && r.request().getStatus() != ServiceRequest.Status.CLOSED))
			.filter((r) -> type == null || type.isBlank() || r.request().getType().name().equalsIgnoreCase(type))
			.filter((r) -> sla == null || sla.isBlank() || r.sla().name().equalsIgnoreCase(sla))
			.sorted(Comparator.comparing((Row r) -> URGENCY.get(r.sla()))
				.thenComparing((Row r) -> r.request().getResolutionDueAt()))
			.toList();
		int from = Math.min(rows.size(), page * size);
		return new Page(rows.subList(from, Math.min(rows.size(), from + size)), rows.size());
	}

	@Transactional(readOnly = true)
	public Row one(UserPrincipal user, long id) {
		ServiceRequest request = this.access.request(user, id);
		return rows(user, request.getCustomerId()).stream()
			.filter((r) -> r.request().getId().equals(request.getId()))
			.findFirst()
			.orElseThrow();
	}

	@Transactional(readOnly = true)
	public Summary summary(UserPrincipal user, LocalDate from, LocalDate to) {
		ZoneId zone = ZoneId.of(this.settings.zone());
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<Row> rows = rows(user, null);
		List<ServiceRequest> closed = rows.stream()
			.map(Row::request)
			.filter((r) -> r.getClosedAt() != null && !r.getClosedAt().isBefore(start) && r.getClosedAt().isBefore(end))
			.toList();
		long inTime = closed.stream().filter((r) -> Boolean.TRUE.equals(r.getResolvedInTime())).count();
		Map<ServiceRequest.Sla, Long> open = rows.stream()
			.filter((r) -> r.request().getStatus() != ServiceRequest.Status.CLOSED)
			.collect(Collectors.groupingBy(Row::sla, Collectors.counting()));
		return new Summary(from, to, closed.size(), inTime, closed.isEmpty() ? null : (double) inTime / closed.size(),
				open.values().stream().mapToLong(Long::longValue).sum(),
				open.getOrDefault(ServiceRequest.Sla.BREACHED, 0L), open.getOrDefault(ServiceRequest.Sla.WARNING, 0L));
	}

	/** A customer to open a request for. */
	public record Choice(long id, String code, String name) {
	}

	/** The customers the user works requests for, by name (at most 500). */
	@Transactional(readOnly = true)
	public List<Choice> customerChoices(UserPrincipal user) {
		Visibility.Where where = this.access.customers(user);
		return where
			.bind(this.jdbc.sql("select c.id, c.code, c.name from customer c where c.status <> 'PROSPECT' and "
					+ where.sql() + " order by c.name limit 500"))
			.query((rs, row) -> new Choice(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private List<Row> rows(UserPrincipal user, Long customerId) {
		Visibility.Where where = this.access.customers(user);
		record Ref(long id, String code, String name, String assignee) {
		}
		var statement = where.bind(this.jdbc
			.sql("""
					select s.id, c.code, c.name, assignee.display_name from service_request s join customer c on c.id = s.customer_id
					left join app_user assignee on assignee.id = s.assignee_id
					where\s"""
					+ where.sql() + ((customerId != null) ? " and c.id = :customer" : "")));
		if (customerId != null) {
			statement = statement.param("customer", customerId);
		}
		Map<Long, Ref> refs = statement
			.query((rs, row) -> new Ref(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()
			.stream()
			.collect(Collectors.toMap(Ref::id, (r) -> r));
		Instant now = this.clock.instant();
		WorkingTime time = this.settings.workingTime();
		ZoneId zone = ZoneId.of(this.settings.zone());
		return this.requests.findAllById(refs.keySet()).stream().map((r) -> {
			Ref ref = refs.get(r.getId());
			return new Row(r, ref.code(), ref.name(), r.sla(now, time, this.settings.warnAt()),
					java.time.LocalDateTime.ofInstant(r.getResponseDueAt(), zone),
					java.time.LocalDateTime.ofInstant(r.getResolutionDueAt(), zone), ref.assignee());
		}).toList();
	}

}
