package org.salesteam.retention.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The order facts behind the clock and the score, read set-based for every customer of a
 * condition at once (a handful of queries whatever the number of customers, never one per
 * customer): the order days in the clock's window, the last order up to the as-of date,
 * and the signals of the at-risk score. An order counts unless it is cancelled; a
 * receivable's open amount is as it stands today (payments are not dated back).
 */
@Component
class RetentionFacts {

	/** A customer as the list shows it. */
	record CustomerRow(long id, String code, String name, String customerClass, String status, Long ownerId,
			String ownerName, LocalDate lostDate) {

		/** Whether a user had confirmed the customer lost by {@code asOf}. */
		boolean lostBy(LocalDate asOf) {
			return "LOST".equals(this.status) && (this.lostDate == null || !this.lostDate.isAfter(asOf));
		}

	}

	/** A missed service deadline counts against the customer for this many days. */
	private static final int COMPLAINT_DAYS = 90;

	private static final String NOT_CANCELLED = "o.status <> 'CANCELLED'";

	private final JdbcClient jdbc;

	private final RetentionSettings settings;

	RetentionFacts(JdbcClient jdbc, RetentionSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	List<CustomerRow> customers(Visibility.Where condition) {
		return condition.bind(this.jdbc.sql("""
				select c.id, c.code, c.name, c.customer_class, c.status, c.owner_id, u.display_name, c.lost_date
				from customer c left join app_user u on u.id = c.owner_id
				where\s""" + condition.sql() + " order by c.code"))
			.query((rs, row) -> new CustomerRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, Long.class), rs.getString(7), rs.getObject(8, LocalDate.class)))
			.list();
	}

	/**
	 * The distinct order days of each customer after asOf − 730 up to asOf, oldest first.
	 */
	Map<Long, List<LocalDate>> orderDays(Visibility.Where condition, LocalDate asOf) {
		Map<Long, List<LocalDate>> days = new HashMap<>();
		condition
			.bind(this.jdbc
				.sql("""
						select distinct o.customer_id, o.order_date from sales_order o join customer c on c.id = o.customer_id
						where %s and o.order_date > :from and o.order_date <= :asOf and\s"""
					.formatted(NOT_CANCELLED) + condition.sql() + " order by o.customer_id, o.order_date"))
			.param("from", asOf.minusDays(DefectionClock.WINDOW_DAYS))
			.param("asOf", asOf)
			.query((rs, row) -> days.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(rs.getObject(2, LocalDate.class)))
			.list();
		return days;
	}

	/** The last order date up to asOf of each customer that has one. */
	Map<Long, LocalDate> lastOrders(Visibility.Where condition, LocalDate asOf) {
		Map<Long, LocalDate> last = new HashMap<>();
		condition
			.bind(this.jdbc.sql("""
					select o.customer_id, max(o.order_date) from sales_order o join customer c on c.id = o.customer_id
					where %s and o.order_date <= :asOf and\s""".formatted(NOT_CANCELLED) + condition.sql()
					+ " group by o.customer_id"))
			.param("asOf", asOf)
			.query((rs, row) -> last.put(rs.getLong(1), rs.getObject(2, LocalDate.class)))
			.list();
		return last;
	}

	/**
	 * The score's signals other than the clock's, by customer: fewer orders, lower sales,
	 * fewer product categories, no completed visit within the class's visit standard, an
	 * overdue receivable, a service request (complaint or other) whose resolution
	 * deadline passed unresolved in the last 90 days.
	 */
	Map<Long, Set<RiskReason>> signals(Visibility.Where condition, LocalDate asOf) {
		Map<Long, Set<RiskReason>> signals = new HashMap<>();
		condition
			.bind(this.jdbc.sql("""
					select o.customer_id,
					  sum(case when o.order_date > :d180 then 1 else 0 end),
					  sum(case when o.order_date > :d360 and o.order_date <= :d180 then 1 else 0 end),
					  sum(case when o.order_date > :m6 then o.net_amount else 0 end),
					  sum(case when o.order_date > :m18 and o.order_date <= :m12 then o.net_amount else 0 end)
					from sales_order o join customer c on c.id = o.customer_id
					where %s and o.order_date > :m18 and o.order_date <= :asOf and\s""".formatted(NOT_CANCELLED)
					+ condition.sql() + " group by o.customer_id"))
			.param("d180", Date.valueOf(asOf.minusDays(180)))
			.param("d360", Date.valueOf(asOf.minusDays(360)))
			.param("m6", Date.valueOf(asOf.minusMonths(6)))
			.param("m12", Date.valueOf(asOf.minusMonths(12)))
			.param("m18", Date.valueOf(asOf.minusMonths(18)))
			.param("asOf", Date.valueOf(asOf))
			.query((rs, row) -> {
				long recentOrders = rs.getLong(2);
				long priorOrders = rs.getLong(3);
				BigDecimal recentSales = rs.getBigDecimal(4);
				BigDecimal yearAgoSales = rs.getBigDecimal(5);
				if (priorOrders > 0 && recentOrders * 2 < priorOrders) {
					add(signals, rs.getLong(1), RiskReason.FEWER_ORDERS);
				}
				if (yearAgoSales.signum() > 0
						&& recentSales.compareTo(yearAgoSales.multiply(new BigDecimal("0.7"))) < 0) {
					add(signals, rs.getLong(1), RiskReason.LOWER_SALES);
				}
				return null;
			})
			.list();
		condition
			.bind(this.jdbc.sql("""
					select o.customer_id,
					  count(distinct case when o.order_date > :m12 then p.category end),
					  count(distinct case when o.order_date <= :m12 then p.category end)
					from sales_order o join customer c on c.id = o.customer_id
					join order_line l on l.order_id = o.id join product p on p.id = l.product_id
					where %s and o.order_date > :m24 and o.order_date <= :asOf and\s""".formatted(NOT_CANCELLED)
					+ condition.sql() + " group by o.customer_id"))
			.param("m12", Date.valueOf(asOf.minusMonths(12)))
			.param("m24", Date.valueOf(asOf.minusMonths(24)))
			.param("asOf", Date.valueOf(asOf))
			.query((rs, row) -> (rs.getLong(2) <= rs.getLong(3) - 2)
					? add(signals, rs.getLong(1), RiskReason.FEWER_CATEGORIES) : null)
			.list();
		condition
			.bind(this.jdbc.sql("""
					select distinct o.customer_id from sales_order o join customer c on c.id = o.customer_id
					where %s and o.invoice_amount > o.paid_amount and o.due_date < :overdueBefore and\s"""
				.formatted(NOT_CANCELLED) + condition.sql()))
			.param("overdueBefore", Date.valueOf(asOf.minusDays(60)))
			.query((rs, row) -> add(signals, rs.getLong(1), RiskReason.RECEIVABLE_OVERDUE))
			.list();
		condition.bind(this.jdbc.sql("""
				select distinct s.customer_id from service_request s join customer c on c.id = s.customer_id
				where s.resolution_due_at < :asOfEnd and s.resolution_due_at >= :since
				  and (s.closed_at is null or s.closed_at > s.resolution_due_at) and\s""" + condition.sql()))
			.param("asOfEnd", asOf.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
			.param("since", asOf.minusDays(COMPLAINT_DAYS).atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
			.query((rs, row) -> add(signals, rs.getLong(1), RiskReason.COMPLAINT_OVERDUE))
			.list();
		condition
			.bind(this.jdbc.sql("""
					select distinct s.customer_id from retention_survey s join customer c on c.id = s.customer_id
					where s.detractor = true and s.answered_at < :asOfEnd and s.answered_at >= :since and\s"""
					+ condition.sql()))
			.param("asOfEnd", asOf.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
			.param("since", asOf.minusDays(COMPLAINT_DAYS).atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
			.query((rs, row) -> add(signals, rs.getLong(1), RiskReason.COMPLAINT_OVERDUE))
			.list();
		notVisited(condition, asOf, signals);
		return signals;
	}

	/**
	 * NO_VISIT: no completed visit (by anyone) in (asOf − the class's visit standard,
	 * asOf]; a visit after asOf does not count.
	 */
	private void notVisited(Visibility.Where condition, LocalDate asOf, Map<Long, Set<RiskReason>> signals) {
		condition.bind(this.jdbc.sql("""
				select c.id, c.customer_class, max(v.visit_date) from customer c
				left join visit v on v.customer_id = c.id and v.status = 'COMPLETED' and v.visit_date <= :asOf
				where\s""" + condition.sql() + " group by c.id, c.customer_class"))
			.param("asOf", Date.valueOf(asOf))
			.query((rs, row) -> {
				LocalDate last = rs.getObject(3, LocalDate.class);
				LocalDate from = asOf.minusDays(this.settings.visitStandard(rs.getString(2)));
				return (last == null || !last.isAfter(from)) ? add(signals, rs.getLong(1), RiskReason.NO_VISIT) : null;
			})
			.list();
	}

	private static Boolean add(Map<Long, Set<RiskReason>> signals, long customerId, RiskReason reason) {
		return signals.computeIfAbsent(customerId, (k) -> EnumSet.noneOf(RiskReason.class)).add(reason);
	}

}
