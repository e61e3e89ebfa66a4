package org.salesteam.sales.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.salesteam.platform.RecordRows;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderExports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OrderExports} on the order list's own conditions ({@link OrderList#restrict}),
 * streamed with a fetch size; the read-only transaction lets PostgreSQL use a cursor.
 */
@Component
class OrderExportQuery implements OrderExports {

	private static final int FETCH_SIZE = 2000;

	/** Orders per chunk of the lines export. */
	private static final int CHUNK = 2000;

	private static final String LINES = """
			select o.order_number, l.line_no, o.order_date, c.code as customer_code, c.name as customer_name,
			       s.name as segment_name, t.code as territory_code, u.username as rep_username,
			       p.code as product_code, p.name as product_name, p.category as product_category, l.quantity,
			       l.unit_price, l.discount, l.net_amount, l.cost, o.status
			from (%s) o
			join order_line l on l.order_id = o.id
			join product p on p.id = l.product_id
			join customer c on c.id = o.customer_id
			left join market_segment s on s.id = c.segment_id
			left join app_user u on u.id = o.owner_id
			left join territory t on t.id = o.territory_id
			""";

	private static final String NEWEST_FIRST = "o.order_date desc, o.id desc";

	/** Where a chunk ends in the (order date, id) index. */
	private record OrderKey(long id, LocalDate orderDate) {

		/**
		 * As literals, not parameters: with parameters PostgreSQL soon reuses a generic
		 * plan that cannot see how narrow the range is and joins whole tables (over a
		 * second a chunk). A date and a number from the database itself: nothing to
		 * inject.
		 */
		String literal() {
			return "(date '" + this.orderDate + "', " + this.id + ")";
		}

	}

	private final JdbcClient jdbc;

	private final SalesAccess access;

	private final Clock clock;

	private final long sortedMax;

	/**
	 * @param sortedMax up to this many orders the lines export is one query sorted by the
	 * database ({@code salesteam.export.sorted-max-orders}, default 500,000 ≈ 1.25 M
	 * lines: 62,000 rows/s at 400,000 orders); above it, chunks
	 */
	OrderExportQuery(JdbcClient jdbc, SalesAccess access, Clock clock,
			@Value("${salesteam.export.sorted-max-orders:500000}") long sortedMax) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
		this.sortedMax = sortedMax;
	}

	@Override
	@Transactional(readOnly = true)
	public void orders(UserPrincipal user, Criteria criteria, Consumer<OrderRow> sink) {
		OrderFilter filter = filter(criteria);
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		OrderList.restrict(this.access.orders(user), filter, LocalDate.now(this.clock), where, params);
		String sql = """
				select o.order_number, o.order_date, c.code as customer_code, c.name as customer_name,
				       u.username as rep_username, u.display_name as rep_name, t.code as territory_code, o.status,
				       o.net_amount, o.cost, o.delivered_on, o.cancelled_on, o.cancel_reason, o.invoiced_on,
				       o.invoice_amount, o.paid_amount, o.due_date
				""" + OrderList.FROM + OrderList.where(where) + "order by " + filter.orderBy();
		stream(sql, params, OrderRow.class, sink);
	}

	/**
	 * The lines, newest order first, read two thousand orders at a time: each chunk is a
	 * range of the (order date, id) index, from where the last one ended to the key of
	 * its 2000th order. One query over all lines made PostgreSQL sort every joined line
	 * before sending the first (10 M lines: nothing within a minute). Repeatable read
	 * keeps the chunks one snapshot.
	 */
	@Override
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void lines(UserPrincipal user, Criteria criteria, Consumer<LineRow> sink) {
		OrderFilter filter = filter(criteria);
		List<String> orders = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		OrderList.restrict(this.access.orders(user), filter, LocalDate.now(this.clock), orders, params);
		List<String> lines = new ArrayList<>();
		if (criteria.productId() != null) {
			lines.add("l.product_id = :product");
			params.put("product", criteria.productId());
		}
		if (criteria.category() != null && !criteria.category().isBlank()) {
			lines.add("p.category = :category");
			params.put("category", criteria.category().trim());
		}
		String linesOrder = OrderList.where(lines) + "order by " + NEWEST_FIRST + ", length(l.line_no), l.line_no";
		long count = this.jdbc.sql("select count(*) " + OrderList.FROM + OrderList.where(orders))
			.params(params)
			.query(Long.class)
			.single();
		if (count <= this.sortedMax) {
			stream(LINES.formatted("select o.* " + OrderList.FROM + OrderList.where(orders)) + linesOrder, params,
					LineRow.class, sink);
			return;
		}
		OrderKey after = null;
		do {
			List<String> chunk = new ArrayList<>(orders);
			if (after != null) {
				chunk.add("(o.order_date, o.id) < " + after.literal());
			}
			OrderKey end = this.jdbc
				.sql("select o.id, o.order_date " + OrderList.FROM + OrderList.where(chunk) + "order by " + NEWEST_FIRST
						+ " offset " + (CHUNK - 1) + " rows fetch next 1 rows only")
				.params(params)
				.query(RecordRows.of(OrderKey.class))
				.optional()
				.orElse(null);
			if (end != null) {
				chunk.add("(o.order_date, o.id) >= " + end.literal());
			}
			// the limit changes no row (the range holds at most CHUNK orders); it tells
			// the planner so
			String chunkOrders = "select o.* " + OrderList.FROM + OrderList.where(chunk) + "order by " + NEWEST_FIRST
					+ " fetch first " + CHUNK + " rows only";
			stream(LINES.formatted(chunkOrders) + linesOrder, params, LineRow.class, sink);
			after = end;
		}
		while (after != null);
	}

	private <T extends Record> void stream(String sql, Map<String, Object> params, Class<T> type, Consumer<T> sink) {
		// RecordRows resolves the columns once; name lookups per row (query(Class),
		// DataClassRowMapper) cost a thrown SQLException per field per row on PostgreSQL.
		try (Stream<T> rows = this.jdbc.sql(sql)
			.withFetchSize(FETCH_SIZE)
			.params(params)
			.query(RecordRows.of(type))
			.stream()) {
			rows.forEach(sink);
		}
	}

	private static OrderFilter filter(Criteria c) {
		return new OrderFilter(c.q(), c.status(), c.from(), c.to(), c.ownerId(), c.territoryId(), c.customerId(),
				c.overdue(), c.sort(), c.descending(), 0, OrderFilter.MAX_SIZE);
	}

}
