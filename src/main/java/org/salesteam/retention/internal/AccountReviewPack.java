package org.salesteam.retention.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pack an annual review meeting is prepared with, built from the data as of the
 * meeting's day D (held or planned): the customer's sales of the year before D — (D − 1
 * year, D] — against the year before that, in total and by product category (placed
 * orders); service requests opened in the year and how many were closed within their
 * deadline; the satisfaction answers of the year (mean CSAT, mean NPS, detractors); the
 * open receivables today; and the objectives of the customer's key-account plan of D's
 * year. Plain SQL over the tables of sales, service and the key-account plans (read only,
 * as the clock reads orders and visits).
 */
@Component
public class AccountReviewPack {

	/** One product category's sales in the year and the year before. */
	public record CategorySales(String category, BigDecimal year, BigDecimal yearBefore, BigDecimal changePercent) {

		/** With the change in per cent, null without sales the year before. */
		CategorySales(String category, BigDecimal year, BigDecimal yearBefore) {
			this(category, year, yearBefore, change(year, yearBefore));
		}

	}

	/** One objective of the year's key-account plan. */
	public record Objective(String description, String kpiCode, BigDecimal target) {
	}

	/** The pack of one meeting. */
	public record Pack(LocalDate from, LocalDate to, BigDecimal sales, BigDecimal salesYearBefore,
			BigDecimal salesChangePercent, List<CategorySales> categories, long requests, long complaints, long closed,
			long closedInTime, Double meanCsat, Double meanNps, long detractors, BigDecimal openReceivables,
			List<Objective> objectives) {
	}

	private final JdbcClient jdbc;

	AccountReviewPack(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An average as read (numeric on PostgreSQL, decimal on H2); null without answers.
	 */
	private static Double mean(BigDecimal average) {
		return (average != null) ? average.doubleValue() : null;
	}

	static BigDecimal change(BigDecimal now, BigDecimal before) {
		if (before == null || before.signum() == 0) {
			return null;
		}
		return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, java.math.RoundingMode.HALF_UP);
	}

	public Pack of(long customerId, LocalDate day) {
		LocalDate from = day.minusYears(1);
		LocalDate before = day.minusYears(2);
		List<CategorySales> categories = this.jdbc.sql("""
				select p.category,
				  sum(case when o.order_date > :from then l.net_amount else 0 end),
				  sum(case when o.order_date <= :from then l.net_amount else 0 end)
				from sales_order o join order_line l on l.order_id = o.id join product p on p.id = l.product_id
				where o.customer_id = :c and o.status in ('CONFIRMED', 'DELIVERED')
				  and o.order_date > :before and o.order_date <= :day
				group by p.category order by 2 desc, p.category
				""")
			.param("c", customerId)
			.param("from", from)
			.param("before", before)
			.param("day", day)
			.query((rs, row) -> new CategorySales(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
			.list();
		BigDecimal sales = categories.stream().map(CategorySales::year).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal salesBefore = categories.stream()
			.map(CategorySales::yearBefore)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		long[] service = this.jdbc.sql("""
				select count(*),
				  coalesce(sum(case when request_type in ('COMPLAINT', 'QUALITY') then 1 else 0 end), 0),
				  coalesce(sum(case when closed_at is not null then 1 else 0 end), 0),
				  coalesce(sum(case when closed_at is not null and closed_at <= resolution_due_at then 1 else 0 end), 0)
				from service_request where customer_id = :c and opened_at >= :from and opened_at < :next
				""")
			.param("c", customerId)
			.param("from", from.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)))
			.param("next", day.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
		Object[] satisfaction = this.jdbc
			.sql("""
					select avg(case when kind = 'CSAT' then score * 1.0 end), avg(case when kind = 'NPS' then score * 1.0 end),
					  coalesce(sum(case when detractor then 1 else 0 end), 0)
					from retention_survey where customer_id = :c and answered_at >= :from and answered_at < :next
					""")
			.param("c", customerId)
			.param("from", from.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)))
			.param("next", day.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)))
			.query((rs, row) -> new Object[] { mean(rs.getBigDecimal(1)), mean(rs.getBigDecimal(2)), rs.getLong(3) })
			.single();
		BigDecimal open = this.jdbc.sql("""
				select coalesce(sum(coalesce(invoice_amount, net_amount) - paid_amount), 0) from sales_order
				where customer_id = :c and status in ('CONFIRMED', 'DELIVERED') and invoiced_on is not null
				  and coalesce(invoice_amount, net_amount) > paid_amount
				""").param("c", customerId).query(BigDecimal.class).single();
		List<Objective> objectives = this.jdbc.sql("""
				select o.description, o.kpi_code, o.target from ka_plan p join ka_plan_objective o on o.plan_id = p.id
				where p.customer_id = :c and p.plan_year = :year order by o.position
				""")
			.param("c", customerId)
			.param("year", day.getYear())
			.query((rs, row) -> new Objective(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
			.list();
		return new Pack(from.plusDays(1), day, sales, salesBefore, change(sales, salesBefore), categories, service[0],
				service[1], service[2], service[3], (Double) satisfaction[0], (Double) satisfaction[1],
				(Long) satisfaction[2], open, objectives);
	}

}
