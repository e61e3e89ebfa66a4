package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.platform.IdBlocks;
import org.salesteam.sales.OrderImports;
import org.salesteam.sales.OrderStatus;
import org.salesteam.sales.OrdersImported;
import org.salesteam.sales.SalesOrder;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OrderImports} as JDBC batches. Reads go through {@code in (…)} lists of at most
 * {@value #IN_LIST} values.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class OrderBulkWriter implements OrderImports {

	private static final int IN_LIST = 1000;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrderBulkWriter(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, StoredOrder> findOrders(Collection<String> orderNumbers) {
		Map<String, StoredOrder> found = new HashMap<>();
		Map<Long, Map<String, ImportedLine>> linesById = new HashMap<>();
		for (List<?> part : parts(orderNumbers)) {
			this.named.query("""
					select id, version, order_number, customer_id, order_date, owner_id, territory_id, status
					from sales_order where order_number in (:numbers)
					""", Map.of("numbers", part), (rs) -> {
				long id = rs.getLong("id");
				Map<String, ImportedLine> lines = new HashMap<>();
				linesById.put(id, lines);
				found.put(rs.getString("order_number"),
						new StoredOrder(id, rs.getInt("version"), rs.getString("order_number"),
								rs.getLong("customer_id"), rs.getDate("order_date").toLocalDate(),
								rs.getObject("owner_id", Long.class), rs.getObject("territory_id", Long.class),
								OrderStatus.valueOf(rs.getString("status")), lines));
			});
		}
		for (List<?> part : parts(linesById.keySet())) {
			this.named.query("""
					select order_id, line_no, product_id, quantity, unit_price, discount, net_amount, cost
					from order_line where order_id in (:ids)
					""", Map.of("ids", part), (rs) -> {
				ImportedLine line = new ImportedLine(rs.getString("line_no"), rs.getLong("product_id"),
						rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"), rs.getBigDecimal("discount"),
						rs.getBigDecimal("net_amount"), rs.getBigDecimal("cost"));
				linesById.get(rs.getLong("order_id")).put(line.lineNo(), line);
			});
		}
		return found;
	}

	@Override
	public Map<String, Long> createOrders(List<NewImportedOrder> orders, long byUserId, LocalDate on) {
		Map<String, Long> ids = new LinkedHashMap<>();
		if (orders.isEmpty()) {
			return ids;
		}
		IdBlocks blocks = new IdBlocks(this.jdbc);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<Object[]> headers = new ArrayList<>();
		List<Object[]> lines = new ArrayList<>();
		List<OrdersImported.Created> created = new ArrayList<>();
		for (NewImportedOrder order : orders) {
			long id = blocks.next();
			ids.put(order.orderNumber(), id);
			BigDecimal net = BigDecimal.ZERO;
			BigDecimal cost = BigDecimal.ZERO;
			for (ImportedLine line : order.lines()) {
				net = net.add(line.netAmount());
				cost = cost.add(line.cost());
				lines.add(lineRow(id, line));
			}
			boolean cancelled = order.status() == OrderStatus.CANCELLED;
			created.add(new OrdersImported.Created(order.customerId(), order.orderDate(), order.ownerId(),
					order.territoryId(), order.status(), net, cost));
			headers.add(new Object[] { id, order.orderNumber(), order.customerId(), Date.valueOf(order.orderDate()),
					order.ownerId(), order.territoryId(), order.status().name(), net, cost,
					(order.status() == OrderStatus.DELIVERED) ? Date.valueOf(order.orderDate()) : null,
					cancelled ? Date.valueOf(on) : null, cancelled ? CANCEL_REASON : null, byUserId, now });
		}
		this.jdbc.batchUpdate("""
				insert into sales_order (id, version, order_number, customer_id, order_date, owner_id, territory_id,
				    status, net_amount, cost, delivered_on, cancelled_on, cancel_reason, paid_amount, created_by,
				    created_at)
				values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
				""", headers);
		insertLines(lines);
		this.events.publishEvent(new OrdersImported(created, Set.of()));
		return ids;
	}

	@Override
	public void changeOrders(List<OrderChange> changes, LocalDate on) {
		if (changes.isEmpty()) {
			return;
		}
		List<Object[]> added = new ArrayList<>();
		List<Object[]> changed = new ArrayList<>();
		List<Object[]> headers = new ArrayList<>();
		for (OrderChange change : changes) {
			change.added().forEach((line) -> added.add(lineRow(change.orderId(), line)));
			change.changed()
				.forEach((line) -> changed.add(new Object[] { line.productId(), line.quantity(), line.unitPrice(),
						line.discount(), line.netAmount(), line.cost(), change.orderId(), line.lineNo() }));
			Date date = (change.orderDate() != null) ? Date.valueOf(change.orderDate()) : null;
			headers.add(new Object[] { date, change.ownerId(), change.territoryId(), change.cancel() ? 1 : 0,
					Date.valueOf(on), change.cancel() ? 1 : 0, CANCEL_REASON, change.cancel() ? 1 : 0,
					change.orderId() });
		}
		insertLines(added);
		if (!changed.isEmpty()) {
			this.jdbc.batchUpdate("""
					update order_line set product_id = ?, quantity = ?, unit_price = ?, discount = ?, net_amount = ?,
					    cost = ?
					where order_id = ? and line_no = ?
					""", changed);
		}
		int[] counts = this.jdbc.batchUpdate(
				"""
						update sales_order set version = version + 1,
						    order_date = coalesce(?, order_date),
						    owner_id = coalesce(?, owner_id),
						    territory_id = coalesce(?, territory_id),
						    cancelled_on = case when ? = 1 then ? else cancelled_on end,
						    cancel_reason = case when ? = 1 then ? else cancel_reason end,
						    status = case when ? = 1 then 'CANCELLED' else status end,
						    net_amount = (select coalesce(sum(l.net_amount), 0) from order_line l where l.order_id = sales_order.id),
						    cost = (select coalesce(sum(l.cost), 0) from order_line l where l.order_id = sales_order.id)
						where id = ?
						""",
				headers);
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == 0) {
				throw new ObjectOptimisticLockingFailureException(SalesOrder.class, changes.get(i).orderId());
			}
		}
		this.events.publishEvent(new OrdersImported(List.of(), customersOf(changes)));
	}

	private Set<Long> customersOf(List<OrderChange> changes) {
		Set<Long> customers = new HashSet<>();
		List<Long> orderIds = changes.stream().map(OrderChange::orderId).toList();
		for (int from = 0; from < orderIds.size(); from += IN_LIST) {
			customers.addAll(this.named.queryForList("select distinct customer_id from sales_order where id in (:ids)",
					Map.of("ids", orderIds.subList(from, Math.min(orderIds.size(), from + IN_LIST))), Long.class));
		}
		return customers;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<Long, LocalDate> firstPlacedOrderDates(Collection<Long> customerIds) {
		Map<Long, LocalDate> dates = new HashMap<>();
		for (List<?> part : parts(customerIds)) {
			this.named.query("""
					select customer_id, min(order_date) as first_date from sales_order
					where customer_id in (:ids) and status in (:placed) group by customer_id
					""", Map.of("ids", part, "placed", OrderStatus.PLACED), (rs) -> {
				dates.put(rs.getLong("customer_id"), rs.getDate("first_date").toLocalDate());
			});
		}
		return dates;
	}

	private void insertLines(List<Object[]> lines) {
		if (lines.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				insert into order_line (order_id, line_no, product_id, quantity, unit_price, discount, net_amount, cost)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", lines);
	}

	private static Object[] lineRow(long orderId, ImportedLine line) {
		return new Object[] { orderId, line.lineNo(), line.productId(), line.quantity(), line.unitPrice(),
				line.discount(), line.netAmount(), line.cost() };
	}

	private static List<List<?>> parts(Collection<?> values) {
		List<?> all = List.copyOf(new LinkedHashSet<>(values));
		List<List<?>> parts = new ArrayList<>();
		for (int from = 0; from < all.size(); from += IN_LIST) {
			parts.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
		}
		return parts;
	}

}
