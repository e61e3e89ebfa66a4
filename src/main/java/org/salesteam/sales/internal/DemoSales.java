package org.salesteam.sales.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.salesteam.platform.IdBlocks;
import org.salesteam.customer.Customers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two years of orders and a pipeline of opportunities for the demo customers, up to the
 * business clock's today: A customers order often and big, C customers rarely; peaks
 * before 春节, in the fourth quarter and (food packaging) before 中秋; about 3% cancelled;
 * most invoices paid within terms, a handful overdue. Two reps carry the patterns the
 * handbook warns about: rep3 (刘洋, "Joe Martin") sells big volumes to the largest
 * customers on thin margins and neglects prospects; rep7 (吴涛, "Arlene Summers") serves
 * many small customers and wins new ones. Deterministic for a given
 * {@code salesteam.demo.seed}; runs once, while the order table is empty and customers
 * and products exist. Rows are written in JDBC batches.
 */
@Component
@Order(30)
class DemoSales implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSales.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Customers customers;

	private final Clock clock;

	private final boolean enabled;

	private final long seed;

	DemoSales(JdbcTemplate jdbc, TransactionTemplate transaction, Customers customers, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled, @Value("${salesteam.demo.seed:1}") long seed) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.customers = customers;
		this.clock = clock;
		this.enabled = enabled;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			if (count("select count(*) from sales_order") > 0 || count("select count(*) from customer") == 0
					|| count("select count(*) from product") == 0) {
				return;
			}
			long started = System.nanoTime();
			LocalDate today = LocalDate.now(this.clock);
			DemoSalesRows rows = new DemoSalesRows(new IdBlocks(this.jdbc), today, new Random(this.seed + 30),
					products());
			for (DemoSalesRows.DemoCustomer customer : customers()) {
				rows.addCustomer(customer);
			}
			rows.write(this.jdbc);
			rows.conversions().forEach(this.customers::recordFirstOrder);
			log.info("Demo sales created: {} orders, {} lines, {} payments, {} opportunities in {} ms",
					rows.orderCount(), rows.lineCount(), rows.paymentCount(), rows.opportunityCount(),
					(System.nanoTime() - started) / 1_000_000);
		});
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	private Map<String, DemoSalesRows.DemoProduct> products() {
		Map<String, DemoSalesRows.DemoProduct> products = new LinkedHashMap<>();
		this.jdbc.query("select id, code, list_price, standard_cost from product where active = true order by code",
				(rs) -> {
					products.put(rs.getString(2), new DemoSalesRows.DemoProduct(rs.getLong(1), rs.getString(2),
							rs.getBigDecimal(3), rs.getBigDecimal(4)));
				});
		return products;
	}

	private List<DemoSalesRows.DemoCustomer> customers() {
		return this.jdbc.query("""
				select c.id, c.owner_id, u.username, c.territory_id, s.code, c.customer_class, c.status,
				       c.first_order_date, c.lost_date, c.payment_terms_days, c.potential
				from customer c
				left join app_user u on u.id = c.owner_id
				left join market_segment s on s.id = c.segment_id
				order by c.id
				""",
				(rs, row) -> new DemoSalesRows.DemoCustomer(rs.getLong(1), (Long) rs.getObject(2, Long.class),
						rs.getString(3), (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6),
						rs.getString(7), (rs.getDate(8) != null) ? rs.getDate(8).toLocalDate() : null,
						(rs.getDate(9) != null) ? rs.getDate(9).toLocalDate() : null, rs.getInt(10),
						rs.getBigDecimal(11) != null ? rs.getBigDecimal(11) : BigDecimal.ZERO));
	}

}
