package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.salesteam.sales.OrderCancelled;
import org.salesteam.sales.OrderPlaced;
import org.salesteam.sales.OrderStatus;
import org.salesteam.sales.OrdersImported;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code kpi_sales_day} current: a placed order adds its amounts and one placed
 * order to its day, rep, territory and customer; a cancellation takes them out again
 * (only if the order had been placed) and counts one cancelled order. The listeners run
 * in the transaction that changes the order, so the rollup is never behind a committed
 * order; two orders of the same key committed at once both count ({@link RollupRows}).
 * {@link #rebuild()} recomputes the table from the orders with the same rules. Beside it
 * {@code kpi_customer_first} keeps each customer's first day with a placed order per rep
 * and territory (the earliest of its {@code kpi_sales_day} rows with a placed order).
 */
@Component
class SalesRollup {

	/** Stands for "no rep" or "no territory" in the rollup's keys. */
	static final long NONE = 0L;

	private static final int IN_LIST = 1000;

	private final JdbcClient jdbc;

	private static final String FIRST = "kpi_customer_first";

	private final RollupRows rows;

	private final RollupVersion version;

	SalesRollup(JdbcClient jdbc, RollupRows rows, RollupVersion version) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.version = version;
	}

	@EventListener
	void on(OrderPlaced event) {
		add(event.orderDate(), event.ownerId(), event.territoryId(), event.customerId(), event.netAmount(),
				event.netAmount().subtract(event.cost()), 1, 0);
		Map<String, Object> key = firstKey(event.customerId(), event.ownerId(), event.territoryId());
		this.rows.least(FIRST, key, Map.of("first_day", event.orderDate()));
	}

	@EventListener
	void on(OrderCancelled event) {
		if (event.wasPlaced()) {
			add(event.orderDate(), event.ownerId(), event.territoryId(), event.customerId(), event.netAmount().negate(),
					event.cost().subtract(event.netAmount()), -1, 1);
			refreshFirst(firstKey(event.customerId(), event.ownerId(), event.territoryId()));
		}
		else {
			add(event.orderDate(), event.ownerId(), event.territoryId(), event.customerId(), BigDecimal.ZERO,
					BigDecimal.ZERO, 0, 1);
		}
	}

	/**
	 * An import wrote orders without per-order events: the created orders are added (in
	 * one batch of rows, in key order), the customers whose stored orders changed are
	 * recomputed from their orders.
	 */
	@EventListener
	void on(OrdersImported event) {
		addCreated(event.created());
		List<Long> ids = List.copyOf(event.changed());
		for (int from = 0; from < ids.size(); from += IN_LIST) {
			List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
			this.jdbc.sql("delete from kpi_sales_day where customer_id in (:ids)").param("ids", part).update();
			insert("and o.customer_id in (:ids)", part);
			this.jdbc.sql("delete from kpi_customer_first where customer_id in (:ids)").param("ids", part).update();
			insertFirst("and r.customer_id in (:ids)", part);
		}
		this.version.changed(RollupVersion.Rollup.SALES);
	}

	/** A day's key of the rollup. */
	private record DayKey(LocalDate day, long owner, long territory, long customer) implements Comparable<DayKey> {

		private static final Comparator<DayKey> ORDER = Comparator.comparing(DayKey::day)
			.thenComparingLong(DayKey::owner)
			.thenComparingLong(DayKey::territory)
			.thenComparingLong(DayKey::customer);

		@Override
		public int compareTo(DayKey other) {
			return ORDER.compare(this, other);
		}

	}

	/** The figures of new orders by key, with the same rules as {@link #insert}. */
	private void addCreated(List<OrdersImported.Created> created) {
		Map<DayKey, BigDecimal[]> sums = new TreeMap<>();
		for (OrdersImported.Created order : created) {
			boolean placed = order.status().isPlaced();
			if (!placed && order.status() != OrderStatus.CANCELLED) {
				continue;
			}
			BigDecimal[] row = sums.computeIfAbsent(
					new DayKey(order.orderDate(), key(order.ownerId()), key(order.territoryId()), order.customerId()),
					(k) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
			if (placed) {
				row[0] = row[0].add(order.netAmount());
				row[1] = row[1].add(order.netAmount().subtract(order.cost()));
				row[2] = row[2].add(BigDecimal.ONE);
			}
			else {
				row[3] = row[3].add(BigDecimal.ONE);
			}
		}
		List<RollupRows.Row> days = new ArrayList<>();
		Map<List<Long>, LocalDate> firsts = new TreeMap<>(SalesRollup::compareKeys);
		sums.forEach((k, row) -> {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("sales", row[0]);
			values.put("profit", row[1]);
			values.put("orders", row[2].intValue());
			values.put("cancelled", row[3].intValue());
			days.add(new RollupRows.Row(dayKey(k.day(), k.owner(), k.territory(), k.customer()), values));
			if (row[2].signum() > 0) {
				firsts.merge(List.of(k.customer(), k.owner(), k.territory()), k.day(), (a, b) -> a.isBefore(b) ? a : b);
			}
		});
		this.rows.addAll("kpi_sales_day", days);
		this.rows.leastAll(FIRST,
				firsts.entrySet()
					.stream()
					.map((e) -> new RollupRows.Row(firstKey(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2)),
							Map.<String, Object>of("first_day", e.getValue())))
					.toList());
	}

	private static int compareKeys(List<Long> a, List<Long> b) {
		for (int i = 0; i < a.size(); i++) {
			int c = Long.compare(a.get(i), b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	private static long key(Long id) {
		return (id != null) ? id : NONE;
	}

	/**
	 * Replaces the whole table by the figures of the orders; returns the rows written.
	 */
	int rebuild() {
		this.jdbc.sql("delete from kpi_sales_day").update();
		this.jdbc.sql("delete from kpi_customer_first").update();
		int rows = insert("", List.of());
		insertFirst("", List.of());
		this.version.changed(RollupVersion.Rollup.SALES);
		return rows;
	}

	/**
	 * Inserts the first days of the {@code kpi_sales_day} rows matching the condition on
	 * {@code r}.
	 */
	private void insertFirst(String condition, List<Long> ids) {
		var statement = this.jdbc.sql("""
				insert into kpi_customer_first (customer_id, owner_key, territory_key, first_day)
				select r.customer_id, r.owner_key, r.territory_key, min(r.order_day)
				from kpi_sales_day r
				where r.orders > 0
				""" + condition + """

				group by r.customer_id, r.owner_key, r.territory_key
				""");
		(ids.isEmpty() ? statement : statement.param("ids", ids)).update();
	}

	/**
	 * A placed order left the key: its first day is the earliest day still with a placed
	 * order, or there is none. (Placing an earlier order for the same key while this runs
	 * can be overwritten; the rebuild repairs it.)
	 */
	private void refreshFirst(Map<String, Object> key) {
		LocalDate first = this.jdbc.sql("""
				select min(order_day) from kpi_sales_day
				where customer_id = :customer_id and owner_key = :owner_key and territory_key = :territory_key
				  and orders > 0
				""").params(key).query(LocalDate.class).optional().orElse(null);
		if (first == null) {
			this.jdbc.sql("""
					delete from kpi_customer_first
					where customer_id = :customer_id and owner_key = :owner_key and territory_key = :territory_key
					""").params(key).update();
		}
		else {
			this.rows.set(FIRST, key, Map.of("first_day", first));
		}
	}

	private static Map<String, Object> firstKey(long customerId, Long ownerId, Long territoryId) {
		Map<String, Object> key = new LinkedHashMap<>();
		key.put("customer_id", customerId);
		key.put("owner_key", key(ownerId));
		key.put("territory_key", key(territoryId));
		return key;
	}

	/** Inserts the rows of the orders matching the extra condition on {@code o}. */
	private int insert(String condition, List<Long> ids) {
		var statement = this.jdbc
			.sql("""
					insert into kpi_sales_day (order_day, owner_key, territory_key, customer_id, sales, profit, orders, cancelled)
					select o.order_date, coalesce(o.owner_id, 0), coalesce(o.territory_id, 0), o.customer_id,
					       sum(case when o.status in (:placed) then o.net_amount else 0 end),
					       sum(case when o.status in (:placed) then o.net_amount - o.cost else 0 end),
					       sum(case when o.status in (:placed) then 1 else 0 end),
					       sum(case when o.status = :cancelled then 1 else 0 end)
					from sales_order o
					where (o.status in (:placed) or o.status = :cancelled)
					"""
					+ condition + """

							group by o.order_date, coalesce(o.owner_id, 0), coalesce(o.territory_id, 0), o.customer_id
							""")
			.param("placed", OrderStatus.PLACED)
			.param("cancelled", OrderStatus.CANCELLED.name());
		return (ids.isEmpty() ? statement : statement.param("ids", ids)).update();
	}

	boolean hasOrders() {
		return this.jdbc.sql("select count(*) from sales_order").query(Long.class).single() > 0;
	}

	boolean isEmpty() {
		return this.jdbc.sql("select count(*) from kpi_sales_day").query(Long.class).single() == 0;
	}

	private void add(LocalDate day, Long ownerId, Long territoryId, long customerId, BigDecimal sales,
			BigDecimal profit, int orders, int cancelled) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("sales", sales);
		values.put("profit", profit);
		values.put("orders", orders);
		values.put("cancelled", cancelled);
		this.rows.add("kpi_sales_day", dayKey(day, key(ownerId), key(territoryId), customerId), values);
	}

	private static Map<String, Object> dayKey(LocalDate day, long owner, long territory, long customerId) {
		Map<String, Object> key = new LinkedHashMap<>();
		key.put("order_day", day);
		key.put("owner_key", owner);
		key.put("territory_key", territory);
		key.put("customer_id", customerId);
		return key;
	}

}
