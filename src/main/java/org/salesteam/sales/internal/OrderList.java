package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.salesteam.platform.RecordRows;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderStatus;
import org.salesteam.sales.Receivables;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The order list as SQL: the user's visibility is part of the query, filters are bound
 * parameters, sorting picks from a whitelist, and paging reads one row more than the page
 * (no count of the whole table). Days overdue are computed against the business clock.
 */
@Component
public class OrderList {

	/** One line of the list. */
	public record Row(long id, String orderNumber, LocalDate orderDate, long customerId, String customerName,
			Long ownerId, String ownerName, String territoryName, OrderStatus status, BigDecimal netAmount,
			BigDecimal cost, LocalDate invoicedOn, BigDecimal invoiceAmount, BigDecimal paidAmount, LocalDate dueDate,
			long daysOverdue) {

		public BigDecimal grossProfit() {
			return this.netAmount.subtract(this.cost);
		}

		public BigDecimal openReceivable() {
			return (this.invoiceAmount == null || this.status == OrderStatus.CANCELLED) ? BigDecimal.ZERO
					: this.invoiceAmount.subtract(this.paidAmount).max(BigDecimal.ZERO);
		}

	}

	/** A page of the list; {@code nextPage} is null on the last page. */
	public record Page(List<Row> items, int page, Integer nextPage) {
	}

	private record Raw(long id, String orderNumber, LocalDate orderDate, long customerId, String customerName,
			Long ownerId, String ownerName, String territoryName, OrderStatus status, BigDecimal netAmount,
			BigDecimal cost, LocalDate invoicedOn, BigDecimal invoiceAmount, BigDecimal paidAmount, LocalDate dueDate) {
	}

	static final String FROM = """
			from sales_order o
			join customer c on c.id = o.customer_id
			left join app_user u on u.id = o.owner_id
			left join territory t on t.id = o.territory_id
			""";

	/**
	 * The ways the search text matches an order: a prefix of its number, a part of its
	 * customer's name.
	 */
	private static final List<String> SEARCHES = List.of("o.order_number like :prefix escape '\\'",
			"c.name like :contains escape '\\'");

	private final JdbcClient jdbc;

	private final SalesAccess access;

	private final Clock clock;

	OrderList(JdbcClient jdbc, SalesAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	public Page find(UserPrincipal user, OrderFilter filter) {
		LocalDate today = LocalDate.now(this.clock);
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		narrow(this.access.orders(user), filter, today, where, params);
		String order = "order by " + filter.orderBy();
		if (filter.q() != null) {
			where.add("o.id in (select id from (" + searches(where, order, filter.q(), params) + ") matches)");
			params.put("reach", (long) filter.page() * filter.size() + filter.size() + 1);
		}
		String sql = """
				select o.id, o.order_number, o.order_date, o.customer_id, c.name as customer_name, o.owner_id,
				       u.display_name as owner_name, t.name as territory_name, o.status, o.net_amount, o.cost,
				       o.invoiced_on, o.invoice_amount, o.paid_amount, o.due_date
				""" + FROM + where(where) + order + " limit :limit offset :offset";
		params.put("limit", filter.size() + 1);
		params.put("offset", (long) filter.page() * filter.size());
		List<Row> rows = this.jdbc.sql(sql)
			.params(params)
			.query(RecordRows.of(Raw.class))
			.list()
			.stream()
			.map((r) -> row(r, today))
			.toList();
		boolean more = rows.size() > filter.size();
		return new Page(more ? rows.subList(0, filter.size()) : rows, filter.page(), more ? filter.page() + 1 : null);
	}

	/**
	 * The ids of the first {@code :reach} orders matching {@code q} each way, read apart
	 * and put together: as one {@code or}, a rare order-number prefix made PostgreSQL
	 * walk all orders by date joining each to its customer (4 s at 4 M orders); apart,
	 * the number prefix reads its index and the name search keeps the walk by date, which
	 * stops early for common names.
	 */
	private static String searches(List<String> where, String order, String q, Map<String, Object> params) {
		bindSearch(q, params);
		return SEARCHES.stream().map((search) -> {
			List<String> branch = new ArrayList<>(where);
			branch.add(search);
			return "(select o.id " + FROM + where(branch) + order + " limit :reach)";
		}).collect(Collectors.joining(" union all "));
	}

	/**
	 * The conditions as a {@code where} clause (none for none); shared with the exports.
	 */
	static String where(List<String> where) {
		return where.isEmpty() ? "" : "where " + String.join(" and ", where) + "\n";
	}

	private static Row row(Raw r, LocalDate today) {
		BigDecimal open = (r.invoiceAmount() == null || r.status() == OrderStatus.CANCELLED) ? BigDecimal.ZERO
				: r.invoiceAmount().subtract(r.paidAmount());
		return new Row(r.id(), r.orderNumber(), r.orderDate(), r.customerId(), r.customerName(), r.ownerId(),
				r.ownerName(), r.territoryName(), r.status(), r.netAmount(), r.cost(), r.invoicedOn(),
				r.invoiceAmount(), r.paidAmount(), r.dueDate(), Receivables.daysOverdue(r.dueDate(), open, today));
	}

	/**
	 * The visibility and filter conditions, shared with the order-line list and the
	 * exports.
	 */
	static void restrict(Visibility.Where visible, OrderFilter filter, LocalDate today, List<String> where,
			Map<String, Object> params) {
		narrow(visible, filter, today, where, params);
		if (filter.q() != null) {
			where.add("(" + String.join(" or ", SEARCHES) + ")");
			bindSearch(filter.q(), params);
		}
	}

	private static void bindSearch(String q, Map<String, Object> params) {
		String escaped = OrderFilter.escapeLike(q);
		params.put("prefix", escaped.toUpperCase(Locale.ROOT) + "%");
		params.put("contains", "%" + escaped + "%");
	}

	/** Every condition but the search text {@code q}. */
	private static void narrow(Visibility.Where visible, OrderFilter filter, LocalDate today, List<String> where,
			Map<String, Object> params) {
		where.add(visible.sql());
		params.putAll(visible.params());
		if (filter.status() != null) {
			where.add("o.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.from() != null) {
			where.add("o.order_date >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("o.order_date <= :to");
			params.put("to", filter.to());
		}
		if (filter.ownerId() != null) {
			where.add("o.owner_id = :owner");
			params.put("owner", filter.ownerId());
		}
		if (filter.territoryId() != null) {
			where.add("o.territory_id = :territory");
			params.put("territory", filter.territoryId());
		}
		if (filter.customerId() != null) {
			where.add("o.customer_id = :customer");
			params.put("customer", filter.customerId());
		}
		if (filter.overdue()) {
			where.add("o.status <> 'CANCELLED' and o.due_date < :today and o.invoice_amount > o.paid_amount");
			params.put("today", today);
		}
	}

}
