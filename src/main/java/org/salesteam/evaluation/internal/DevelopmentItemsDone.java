package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import org.salesteam.performance.KpiPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rep template's {@code DEVELOPMENT_ITEMS_DONE} for every rep at once: of the items
 * in the rep's own column of their development plans, those done ÷ those due — due in the
 * period, or done in it ahead of their due date; dropped items count neither way
 * ({@link DevelopmentPlans#progress} over a period). A rep with no such item has no value
 * (the metric's weight is spread over the others, ADR 0028).
 */
@Component
class DevelopmentItemsDone {

	private record Count(long repId, long done, long due) {
	}

	private final JdbcClient jdbc;

	DevelopmentItemsDone(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Rep id → share of items done (0–1, four decimals). */
	Map<Long, BigDecimal> of(KpiPeriod period) {
		Map<Long, BigDecimal> result = new HashMap<>();
		this.jdbc.sql("""
				select p.rep_id,
				       sum(case when i.status = 'DONE' and i.done_on <= :to then 1 else 0 end) as done,
				       count(*) as due
				from development_plan_item i join development_plan p on p.id = i.plan_id
				where i.owner = 'REP' and i.status <> 'DROPPED'
				  and (i.due_on between :from and :to or (i.status = 'DONE' and i.done_on between :from and :to))
				group by p.rep_id""")
			.param("from", period.from())
			.param("to", period.to())
			.query(Count.class)
			.list()
			.forEach((count) -> result.put(count.repId(),
					BigDecimal.valueOf(count.done()).divide(BigDecimal.valueOf(count.due()), 4, RoundingMode.HALF_UP)));
		return result;
	}

}
