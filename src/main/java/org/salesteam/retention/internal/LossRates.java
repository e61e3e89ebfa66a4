package org.salesteam.retention.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actual yearly loss rate of each customer class against its target (制定保持目标), for the
 * customers a user sees (and a scope), in the year up to an as-of date:
 * <ul>
 * <li>customers at the start: those with a non-cancelled order on or before asOf − 1
 * year, not confirmed lost by then;</li>
 * <li>lost: of them, the ones confirmed lost after the start up to asOf;</li>
 * <li>rate = lost ÷ customers at the start, in percent (null without customers).</li>
 * </ul>
 * The class is the customer's class today. One grouped query.
 */
@Service
public class LossRates {

	/**
	 * One class: the target and the actual in percent (1 decimal), over when the actual
	 * is above the target.
	 */
	public record ClassLoss(String customerClass, long customersAtStart, long lost, BigDecimal actualRate,
			BigDecimal targetRate, boolean overTarget) {
	}

	/** The year's figures, by class A, B, C. */
	public record Result(LocalDate from, LocalDate asOf, List<ClassLoss> classes) {
	}

	private static final List<String> CLASSES = List.of("A", "B", "C");

	private final RetentionAccess access;

	private final RetentionTargets targets;

	private final JdbcClient jdbc;

	LossRates(RetentionAccess access, RetentionTargets targets, JdbcClient jdbc) {
		this.access = access;
		this.targets = targets;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Result of(UserPrincipal user, String scope, LocalDate asOf) {
		Visibility.Where condition = this.access.customers(user, scope);
		LocalDate start = asOf.minusYears(1);
		Map<String, long[]> counts = new HashMap<>();
		condition.bind(this.jdbc.sql("""
				select c.customer_class, count(*),
				  sum(case when c.status = 'LOST' and c.lost_date > :start and c.lost_date <= :asOf then 1 else 0 end)
				from customer c
				where exists (select 1 from sales_order o
				              where o.customer_id = c.id and o.status <> 'CANCELLED' and o.order_date <= :start)
				  and (c.status <> 'LOST' or c.lost_date > :start)
				  and\s""" + condition.sql() + " group by c.customer_class"))
			.param("start", Date.valueOf(start))
			.param("asOf", Date.valueOf(asOf))
			.query((rs, row) -> counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		Map<String, BigDecimal> target = this.targets.current();
		List<ClassLoss> classes = new ArrayList<>();
		for (String customerClass : CLASSES) {
			long[] count = counts.getOrDefault(customerClass, new long[2]);
			BigDecimal actual = (count[0] == 0) ? null
					: BigDecimal.valueOf(count[1] * 100).divide(BigDecimal.valueOf(count[0]), 1, RoundingMode.HALF_UP);
			BigDecimal goal = target.get(customerClass);
			classes.add(new ClassLoss(customerClass, count[0], count[1], actual, goal,
					actual != null && goal != null && actual.compareTo(goal) > 0));
		}
		return new Result(start.plusDays(1), asOf, classes);
	}

}
