package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.salesteam.platform.CustomerTimeline;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sales module's entries in the customer 360 timeline: orders placed (on their order
 * date) and cancelled (with the reason), payments received, and the opportunities' moves
 * between stages (won, lost with the reason, and the open stages). Each source is read
 * newest first with its own limit, so the cost does not grow with the customer's history.
 */
@Component
@Order(10)
class SalesTimeline implements CustomerTimeline {

	private final JdbcClient jdbc;

	private final Clock clock;

	SalesTimeline(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Entry> entries(long customerId, int limit) {
		List<Entry> entries = new ArrayList<>();
		entries.addAll(this.jdbc.sql("""
				select id, order_number, order_date, net_amount from sales_order where customer_id = :customer
				order by order_date desc, id desc limit :limit
				""")
			.param("customer", customerId)
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getObject("order_date", LocalDate.class), "order", "sales.timeline.order",
					List.of(rs.getString("order_number"), rs.getBigDecimal("net_amount")),
					"/orders/" + rs.getLong("id")))
			.list());
		entries.addAll(this.jdbc.sql("""
				select id, order_number, cancelled_on, cancel_reason from sales_order
				where customer_id = :customer and cancelled_on is not null
				order by cancelled_on desc, id desc limit :limit
				""")
			.param("customer", customerId)
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getObject("cancelled_on", LocalDate.class), "cancel",
					"sales.timeline.cancelled",
					List.of(rs.getString("order_number"), Objects.toString(rs.getString("cancel_reason"), "—")),
					"/orders/" + rs.getLong("id")))
			.list());
		entries.addAll(this.jdbc.sql("""
				select o.id, o.order_number, p.paid_on, p.amount from payment p join sales_order o on o.id = p.order_id
				where o.customer_id = :customer order by p.paid_on desc, p.order_id desc, p.payment_no desc
				limit :limit
				""")
			.param("customer", customerId)
			.param("limit", limit)
			.query((rs, row) -> new Entry(rs.getObject("paid_on", LocalDate.class), "payment", "sales.timeline.payment",
					List.<Object>of(rs.getBigDecimal("amount"), rs.getString("order_number")),
					"/orders/" + rs.getLong("id")))
			.list());
		entries.addAll(this.jdbc.sql("""
				select o.id, o.name, o.amount, o.lost_reason, c.to_stage, c.changed_at
				from opportunity_stage_change c join opportunity o on o.id = c.opportunity_id
				where o.customer_id = :customer
				order by c.changed_at desc, c.opportunity_id desc, c.change_no desc limit :limit
				""").param("customer", customerId).param("limit", limit).query((rs, row) -> {
			String stage = rs.getString("to_stage");
			BigDecimal amount = rs.getBigDecimal("amount");
			String reason = Objects.toString(rs.getString("lost_reason"), "—");
			return new Entry(day(rs.getObject("changed_at", OffsetDateTime.class)), "opportunity",
					"sales.timeline.stage." + stage, List.of(rs.getString("name"), amount, reason),
					"/opportunities/" + rs.getLong("id"));
		}).list());
		entries.sort(Comparator.comparing(Entry::on).reversed());
		return entries.subList(0, Math.min(limit, entries.size()));
	}

	private LocalDate day(OffsetDateTime at) {
		return LocalDate.ofInstant(at.toInstant(), this.clock.getZone());
	}

}
