package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Order lines as one flat list — one row per line with its order, customer, rep,
 * territory and product — with the order list's filters and visibility, plus product and
 * category. Sorted by order date (newest first), order and line number; limit+1 paging.
 */
@Component
public class OrderLineList {

	/** One order line with what it belongs to. */
	public record Row(long orderId, String orderNumber, LocalDate orderDate, OrderStatus status, long customerId,
			String customerCode, String customerName, String repUsername, String territoryCode, String lineNo,
			long productId, String productCode, String productName, String productCategory, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal discount, BigDecimal netAmount, BigDecimal cost) {

		public BigDecimal grossProfit() {
			return this.netAmount.subtract(this.cost);
		}

	}

	/** A page of lines; {@code nextPage} is null on the last page. */
	public record Page(List<Row> items, int page, Integer nextPage) {
	}

	private final JdbcClient jdbc;

	private final SalesAccess access;

	private final Clock clock;

	OrderLineList(JdbcClient jdbc, SalesAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	public Page find(UserPrincipal user, OrderFilter filter, Long productId, String category) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		OrderList.restrict(this.access.orders(user), filter, LocalDate.now(this.clock), where, params);
		if (productId != null) {
			where.add("l.product_id = :product");
			params.put("product", productId);
		}
		if (category != null && !category.isBlank()) {
			where.add("p.category = :category");
			params.put("category", category.trim());
		}
		String sql = """
				select o.id as order_id, o.order_number, o.order_date, o.status, o.customer_id, c.code as customer_code,
				       c.name as customer_name, u.username as rep_username, t.code as territory_code, l.line_no,
				       l.product_id, p.code as product_code, p.name as product_name, p.category as product_category,
				       l.quantity, l.unit_price, l.discount, l.net_amount, l.cost
				from order_line l
				join sales_order o on o.id = l.order_id
				join product p on p.id = l.product_id
				join customer c on c.id = o.customer_id
				left join app_user u on u.id = o.owner_id
				left join territory t on t.id = o.territory_id
				""" + (where.isEmpty() ? "" : "where " + String.join(" and ", where) + "\n")
				+ "order by o.order_date desc, o.id desc, length(l.line_no), l.line_no limit :limit offset :offset";
		params.put("limit", filter.size() + 1);
		params.put("offset", (long) filter.page() * filter.size());
		List<Row> rows = this.jdbc.sql(sql).params(params).query(Row.class).list();
		boolean more = rows.size() > filter.size();
		return new Page(more ? rows.subList(0, filter.size()) : rows, filter.page(), more ? filter.page() + 1 : null);
	}

}
