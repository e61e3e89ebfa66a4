package org.salesteam.retention.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort triangle (客户群保持): the customers a user sees (and a scope), grouped by the
 * year of their first non-cancelled order up to an as-of date, and for that year and each
 * later one up to the as-of date's, how many of them ordered (non-cancelled) in it. The
 * as-of year is counted to the as-of date. One grouped query over first-order years and
 * order years.
 */
@Service
public class Cohorts {

	/**
	 * A later year of a cohort: the customers who ordered in it and their share of the
	 * cohort (3 decimals).
	 *
	 * @param offset years after the first-order year (0 = that year, always the whole
	 * cohort)
	 */
	public record Retained(int year, int offset, long customers, BigDecimal share) {
	}

	/** A first-order year and its customers; {@code years} from that year on. */
	public record Cohort(int year, long customers, List<Retained> years) {
	}

	private final RetentionAccess access;

	private final JdbcClient jdbc;

	Cohorts(RetentionAccess access, JdbcClient jdbc) {
		this.access = access;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Cohort> of(UserPrincipal user, String scope, LocalDate asOf) {
		Visibility.Where condition = this.access.customers(user, scope);
		Map<Integer, Map<Integer, Long>> cells = new LinkedHashMap<>();
		condition.bind(this.jdbc.sql("""
				select f.cohort, y.order_year, count(*) from
				  (select o.customer_id, min(extract(year from o.order_date)) cohort
				   from sales_order o join customer c on c.id = o.customer_id
				   where o.status <> 'CANCELLED' and o.order_date <= :asOf and\s""" + condition.sql() + """
				 group by o.customer_id) f
				join
				  (select distinct o.customer_id, extract(year from o.order_date) order_year
				   from sales_order o join customer c on c.id = o.customer_id
				   where o.status <> 'CANCELLED' and o.order_date <= :asOf and\s""" + condition.sql() + """
				) y on y.customer_id = f.customer_id
				group by f.cohort, y.order_year
				order by f.cohort, y.order_year"""))
			.param("asOf", Date.valueOf(asOf))
			.query((rs, row) -> cells.computeIfAbsent(rs.getInt(1), (k) -> new LinkedHashMap<>())
				.put(rs.getInt(2), rs.getLong(3)))
			.list();
		List<Cohort> cohorts = new ArrayList<>();
		cells.forEach((year, byYear) -> {
			long size = byYear.getOrDefault(year, 0L);
			List<Retained> years = new ArrayList<>();
			for (int later = year; later <= asOf.getYear(); later++) {
				long customers = byYear.getOrDefault(later, 0L);
				years.add(new Retained(later, later - year, customers,
						BigDecimal.valueOf(customers).divide(BigDecimal.valueOf(size), 3, RoundingMode.HALF_UP)));
			}
			cohorts.add(new Cohort(year, size, years));
		});
		return cohorts;
	}

}
