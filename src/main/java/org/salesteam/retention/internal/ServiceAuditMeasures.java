package org.salesteam.retention.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service audit's figures measured from the data (ADR 0050) for one customer over a
 * span of days (the half up to today), read on every view — plain SQL on the tables of
 * {@code sales}, {@code service} and {@code visit}, read only, as the defection clock
 * reads orders and visits. A figure without a basis (no delivered order, no closed
 * request…) is null: the item is then judged by the scores alone. Orders carry no
 * promised date, so a delivery counts as on time unless the customer complained about it
 * (a DELIVERY request on the order).
 */
@Component
class ServiceAuditMeasures {

	/** A measured figure and the count it rests on (the denominator). */
	record Figure(Double value, long basis) {

		static Figure ratio(long part, long whole) {
			return new Figure((whole == 0) ? null : 100.0 * part / whole, whole);
		}

	}

	private final JdbcClient jdbc;

	private final RetentionSettings settings;

	private final Clock clock;

	ServiceAuditMeasures(JdbcClient jdbc, RetentionSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Every item's figure for the customer over {@code from}..{@code to} (inclusive). */
	Map<ServiceAuditItem, Figure> of(long customerId, LocalDate from, LocalDate to) {
		OffsetDateTime start = from.atStartOfDay(this.clock.getZone()).toOffsetDateTime();
		OffsetDateTime end = to.plusDays(1).atStartOfDay(this.clock.getZone()).toOffsetDateTime();
		Map<ServiceAuditItem, Figure> figures = new EnumMap<>(ServiceAuditItem.class);
		long[] delivered = orders(customerId, "delivered_on", "DELIVERY", from, to);
		figures.put(ServiceAuditItem.ON_TIME_DELIVERY, Figure.ratio(delivered[0] - delivered[1], delivered[0]));
		long quality = count("""
				select count(*) from service_request r where r.customer_id = :c and r.request_type = 'QUALITY'
				and r.opened_at >= :start and r.opened_at < :end""", customerId, start, end);
		figures.put(ServiceAuditItem.REPRINT_RATE, Figure.ratio(quality, delivered[0]));
		long closed = count("""
				select count(*) from service_request r where r.customer_id = :c and r.status = 'CLOSED'
				and r.closed_at >= :start and r.closed_at < :end""", customerId, start, end);
		long inTime = count("""
				select count(*) from service_request r where r.customer_id = :c and r.status = 'CLOSED'
				and r.resolved_in_time = true and r.closed_at >= :start and r.closed_at < :end""", customerId, start,
				end);
		figures.put(ServiceAuditItem.DEADLINES_MET, Figure.ratio(inTime, closed));
		figures.put(ServiceAuditItem.QUOTE_TURNAROUND, quoteHours(customerId, start, end));
		long[] invoiced = orders(customerId, "invoiced_on", "INVOICE", from, to);
		figures.put(ServiceAuditItem.INVOICE_ACCURACY, Figure.ratio(invoiced[0] - invoiced[1], invoiced[0]));
		figures.put(ServiceAuditItem.VISITS_AGAINST_STANDARD, visits(customerId, from, to));
		figures.put(ServiceAuditItem.CONTACTS_COVERED, contacts(customerId, from, to));
		return figures;
	}

	/**
	 * The customer's non-cancelled orders with {@code dayColumn} in the span, and how
	 * many of them have a request of {@code complaintType} about them.
	 */
	private long[] orders(long customerId, String dayColumn, String complaintType, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select count(*), coalesce(sum(case when exists (select 1 from service_request r
				  where r.order_id = o.id and r.request_type = :type) then 1 else 0 end), 0)
				from sales_order o where o.customer_id = :c and o.status <> 'CANCELLED'
				and o.%s between :from and :to""".formatted(dayColumn))
			.param("c", customerId)
			.param("type", complaintType)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	private Figure quoteHours(long customerId, OffsetDateTime start, OffsetDateTime end) {
		List<Long> minutes = this.jdbc
			.sql("""
					select r.opened_at, r.closed_at from service_request r where r.customer_id = :c
					and r.request_type = 'QUOTE' and r.status = 'CLOSED' and r.closed_at >= :start and r.closed_at < :end""")
			.param("c", customerId)
			.param("start", start)
			.param("end", end)
			.query((rs, row) -> Duration
				.between(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class))
				.toMinutes())
			.list();
		if (minutes.isEmpty()) {
			return new Figure(null, 0);
		}
		double meanMinutes = minutes.stream().mapToLong(Long::longValue).average().orElseThrow();
		return new Figure(Math.round(meanMinutes / 6.0) / 10.0, minutes.size());
	}

	/** Completed visits ÷ (days of the span ÷ the class's visit standard in days), %. */
	private Figure visits(long customerId, LocalDate from, LocalDate to) {
		String customerClass = this.jdbc.sql("select customer_class from customer where id = :c")
			.param("c", customerId)
			.query(String.class)
			.single();
		long visits = this.jdbc.sql("""
				select count(*) from visit v where v.customer_id = :c and v.status = 'COMPLETED'
				and v.visit_date between :from and :to""")
			.param("c", customerId)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		double expected = (ChronoUnit.DAYS.between(from, to) + 1.0) / this.settings.visitStandard(customerClass);
		return new Figure(Math.round(1000.0 * visits / expected) / 10.0, visits);
	}

	private Figure contacts(long customerId, LocalDate from, LocalDate to) {
		long all = this.jdbc.sql("select count(*) from contact where customer_id = :c")
			.param("c", customerId)
			.query(Long.class)
			.single();
		long met = this.jdbc.sql("""
				select count(distinct vc.contact_id) from visit_contact vc join visit v on v.id = vc.visit_id
				join contact k on k.id = vc.contact_id
				where v.customer_id = :c and k.customer_id = :c and v.status = 'COMPLETED'
				and v.visit_date between :from and :to""")
			.param("c", customerId)
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		return Figure.ratio(met, all);
	}

	private long count(String sql, long customerId, OffsetDateTime start, OffsetDateTime end) {
		return this.jdbc.sql(sql)
			.param("c", customerId)
			.param("start", start)
			.param("end", end)
			.query(Long.class)
			.single();
	}

}
