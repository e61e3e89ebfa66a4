package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OpportunityStage;
import org.salesteam.sales.SalesAlerts;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SalesAlerts} by a few grouped queries, with the visibility conditions of the
 * opportunity and order lists ({@link SalesAccess}).
 */
@Service
class SalesWatch implements SalesAlerts {

	/** Fewer placed orders in twelve months than this: not a regular buyer. */
	static final int REGULAR_ORDERS = 3;

	/**
	 * A buyer whose last order is older than this many days has stopped buying: the
	 * dormant customers' lists deal with it, not the reminder to call for the next order.
	 */
	static final int LAPSED_DAYS = 180;

	/** Never overdue for an order sooner than this many days after the last one. */
	static final int MIN_DUE_DAYS = 30;

	private final JdbcClient jdbc;

	private final SalesAccess access;

	private final Clock clock;

	SalesWatch(JdbcClient jdbc, SalesAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Pipeline pipeline(UserPrincipal user, LocalDate closingFrom, LocalDate closingTo, int limit) {
		Visibility.Where visible = this.access.opportunities(user);
		Map<OpportunityStage, StageFigure> byStage = new EnumMap<>(OpportunityStage.class);
		for (OpportunityStage stage : OpportunityStage.open()) {
			byStage.put(stage, new StageFigure(stage, 0, BigDecimal.ZERO));
		}
		visible.bind(this.jdbc.sql("""
				select o.stage, count(*), coalesce(sum(o.amount), 0) from opportunity o
				where o.stage not in ('WON', 'LOST') and %s group by o.stage
				""".formatted(visible.sql()))).query((rs) -> {
			OpportunityStage stage = OpportunityStage.valueOf(rs.getString(1));
			byStage.put(stage, new StageFigure(stage, rs.getLong(2), rs.getBigDecimal(3)));
		});
		String closing = """
				from opportunity o join customer c on c.id = o.customer_id join app_user u on u.id = o.owner_id
				where o.stage not in ('WON', 'LOST') and o.expected_close_date between :from and :to and %s
				""".formatted(visible.sql());
		Map<String, Object> totals = visible
			.bind(this.jdbc.sql("select count(*) as n, coalesce(sum(o.amount), 0) as amount " + closing))
			.param("from", closingFrom)
			.param("to", closingTo)
			.query()
			.singleRow();
		List<Deal> deals = visible.bind(this.jdbc.sql("""
				select o.id, o.name, c.id, c.name, u.display_name, o.stage, o.amount, o.expected_close_date
				""" + closing + " order by o.amount desc, o.expected_close_date, o.id"))
			.param("from", closingFrom)
			.param("to", closingTo)
			.query((rs, n) -> new Deal(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					OpportunityStage.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getObject(8, LocalDate.class)))
			.stream()
			.limit(limit)
			.toList();
		return new Pipeline(List.copyOf(byStage.values()), closingFrom, closingTo,
				((Number) totals.get("n")).longValue(), new BigDecimal(totals.get("amount").toString()), deals);
	}

	@Override
	@Transactional(readOnly = true)
	public Overdue overdueReceivables(UserPrincipal user) {
		Visibility.Where visible = this.access.orders(user);
		// the order list's overdue filter (OrderList), counted
		return visible.bind(this.jdbc.sql("""
				select count(*), coalesce(sum(o.invoice_amount - o.paid_amount), 0) from sales_order o
				where o.status <> 'CANCELLED' and o.due_date < :today and o.invoice_amount > o.paid_amount and %s
				""".formatted(visible.sql())))
			.param("today", LocalDate.now(this.clock))
			.query((rs, n) -> new Overdue(rs.getLong(1), rs.getBigDecimal(2)))
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public DueCustomers customersDueForOrder(UserPrincipal user, int limit) {
		Visibility.Where visible = this.access.orders(user);
		LocalDate today = LocalDate.now(this.clock);
		List<DueCustomer> due = new ArrayList<>();
		visible.bind(this.jdbc.sql("""
				select c.id, c.name, count(*), min(o.order_date), max(o.order_date)
				from sales_order o join customer c on c.id = o.customer_id
				where o.status in ('CONFIRMED', 'DELIVERED') and o.order_date between :since and :today
				  and c.status <> 'LOST' and %s
				group by c.id, c.name having count(*) >= :regular and max(o.order_date) >= :recent
				""".formatted(visible.sql())))
			.param("since", today.minusYears(1))
			.param("today", today)
			.param("regular", REGULAR_ORDERS)
			.param("recent", today.minusDays(LAPSED_DAYS))
			.query((rs) -> {
				int orders = rs.getInt(3);
				LocalDate first = rs.getObject(4, LocalDate.class);
				LocalDate last = rs.getObject(5, LocalDate.class);
				DueCustomer customer = dueCustomer(rs.getLong(1), rs.getString(2), orders, first, last, today);
				if (customer != null) {
					due.add(customer);
				}
			});
		// the freshly overdue first: they still buy, and a call now keeps them
		due.sort(Comparator.comparingLong(SalesWatch::overdueBy).thenComparing(DueCustomer::name));
		return new DueCustomers(due.size(), List.copyOf(due.subList(0, Math.min(limit, due.size()))));
	}

	private static long overdueBy(DueCustomer customer) {
		return customer.daysSince() - dueAfter(customer.usualDays());
	}

	private static long dueAfter(long usualDays) {
		return Math.max(MIN_DUE_DAYS, usualDays * 3 / 2);
	}

	/** The customer when its next order is overdue by the rule above; otherwise null. */
	static DueCustomer dueCustomer(long id, String name, int orders, LocalDate first, LocalDate last, LocalDate today) {
		long usual = BigDecimal.valueOf(ChronoUnit.DAYS.between(first, last))
			.divide(BigDecimal.valueOf(orders - 1L), 0, RoundingMode.HALF_UP)
			.longValue();
		long since = ChronoUnit.DAYS.between(last, today);
		return (since > dueAfter(usual)) ? new DueCustomer(id, name, orders, last, usual, since) : null;
	}

}
