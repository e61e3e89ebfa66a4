package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.sales.OpportunityStage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The drill-down lists read from the orders, customers and opportunities themselves. */
@Component
class RecordQueries {

	private final JdbcClient jdbc;

	RecordQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Orders of the scope and period in these statuses, newest first. */
	KpiRecords.Page orders(String code, String side, ScopeFilter scope, KpiPeriod period, List<String> statuses,
			int page, int size) {
		String where = " from sales_order o join customer c on c.id = o.customer_id"
				+ " where o.order_date >= :from and o.order_date <= :to and o.status in (:statuses) and "
				+ scope.on("o.owner_id", "o.territory_id", "o.customer_id");
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("from", period.from());
		params.put("to", period.to());
		params.put("statuses", statuses);
		long total = this.jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<KpiRecords.Item> items = this.jdbc
			.sql("select o.id, o.order_number, c.name, o.order_date, o.status, o.net_amount, o.cost" + where
					+ " order by o.order_date desc, o.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new KpiRecords.Item(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getDate(4).toLocalDate(), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
			.list();
		return new KpiRecords.Page(code, side, RecordSet.Kind.ORDERS.name(), items, page,
				((long) (page + 1) * size < total) ? page + 1 : null, total);
	}

	/** The customers with these ids, in the map's order, each with its sales if known. */
	List<KpiRecords.Item> customers(Map<Long, BigDecimal> salesById) {
		if (salesById.isEmpty()) {
			return List.of();
		}
		Map<Long, String[]> rows = new HashMap<>();
		this.jdbc.sql("select c.id, c.code, c.name, c.status from customer c where c.id in (:ids)")
			.param("ids", new ArrayList<>(salesById.keySet()))
			.query((rs) -> {
				rows.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4) });
			});
		List<KpiRecords.Item> items = new ArrayList<>();
		salesById.forEach((id, sales) -> {
			String[] row = rows.getOrDefault(id, new String[] { "", "", "" });
			items.add(new KpiRecords.Item(id, row[0], row[1], null, row[2], sales, null));
		});
		return items;
	}

	/** Opportunities won (or won and lost) in the period, latest first. */
	KpiRecords.Page opportunities(String code, String side, ScopeFilter scope, KpiPeriod period, boolean wonOnly,
			int page, int size) {
		String where = " from opportunity o join customer c on c.id = o.customer_id"
				+ " where o.stage in (:stages) and o.closed_on >= :from and o.closed_on <= :to and "
				+ scope.on("o.owner_id", "c.territory_id", "o.customer_id");
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("from", period.from());
		params.put("to", period.to());
		params.put("stages", wonOnly ? List.of(OpportunityStage.WON.name())
				: List.of(OpportunityStage.WON.name(), OpportunityStage.LOST.name()));
		long total = this.jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<KpiRecords.Item> items = this.jdbc
			.sql("select o.id, o.name, c.name, o.closed_on, o.stage, o.amount" + where
					+ " order by o.closed_on desc, o.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new KpiRecords.Item(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getDate(4).toLocalDate(), rs.getString(5), rs.getBigDecimal(6), null))
			.list();
		return new KpiRecords.Page(code, side, RecordSet.Kind.OPPORTUNITIES.name(), items, page,
				((long) (page + 1) * size < total) ? page + 1 : null, total);
	}

}
