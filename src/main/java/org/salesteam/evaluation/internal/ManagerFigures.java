package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The manager metrics the KPI engine has no code for, for all managers in two reads:
 * {@code SCHEDULES_REVIEWED_ON_TIME} (the weekly visit schedules of their teams' reps
 * submitted in the period that were reviewed within two days of submission, ÷ those
 * submitted) and {@code TIME_SPLIT_FIT} (100 − ½ Σ |share − benchmark| in percentage
 * points over the five families of the manager's logged time, 36/20/18/18/8). Undefined
 * (absent) without submitted schedules or logged family time.
 */
@Component
class ManagerFigures {

	static final Map<String, BigDecimal> BENCHMARK = Map.of("FAMILY_SALES", new BigDecimal("36"), "FAMILY_PERSONNEL",
			new BigDecimal("20"), "FAMILY_MARKETING", new BigDecimal("18"), "FAMILY_ADMINISTRATION",
			new BigDecimal("18"), "FAMILY_FINANCE", new BigDecimal("8"));

	private record Reviews(long managerId, long submitted, long onTime) {
	}

	private record Minutes(long userId, String category, long minutes) {
	}

	private final JdbcClient jdbc;

	ManagerFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Manager id → share of schedules reviewed on time (0–1). */
	Map<Long, BigDecimal> reviewedOnTime(KpiPeriod period) {
		Map<Long, BigDecimal> result = new HashMap<>();
		this.jdbc.sql("""
				select t.manager_id,
				       count(*) as submitted,
				       sum(case when p.reviewed_at is not null
				                 and p.reviewed_at <= p.submitted_at + interval '2' day then 1 else 0 end) as on_time
				from visit_plan p join app_user u on u.id = p.rep_id join sales_team t on t.id = u.team_id
				where t.manager_id is not null and p.submitted_at is not null
				  and cast(p.submitted_at as date) between :from and :to
				group by t.manager_id""")
			.param("from", period.from())
			.param("to", period.to())
			.query(Reviews.class)
			.list()
			.forEach((row) -> result.put(row.managerId(), BigDecimal.valueOf(row.onTime())
				.divide(BigDecimal.valueOf(row.submitted()), 6, RoundingMode.HALF_UP)));
		return result;
	}

	/** Manager id → fit of their time split to the benchmark (0–100). */
	Map<Long, BigDecimal> timeSplitFit(KpiPeriod period) {
		List<Minutes> rows = this.jdbc.sql("""
				select e.user_id, m.category, sum(m.minutes) as minutes
				from time_entry e join time_entry_minutes m on m.time_entry_id = e.id
				where e.entry_date between :from and :to and m.category like 'FAMILY%'
				group by e.user_id, m.category""")
			.param("from", period.from())
			.param("to", period.to())
			.query(Minutes.class)
			.list();
		Map<Long, Map<String, Long>> byUser = new HashMap<>();
		rows.forEach((row) -> byUser.computeIfAbsent(row.userId(), (k) -> new HashMap<>())
			.merge(row.category(), row.minutes(), Long::sum));
		Map<Long, BigDecimal> result = new HashMap<>();
		byUser.forEach((user, minutes) -> {
			long total = minutes.values().stream().mapToLong(Long::longValue).sum();
			if (total > 0) {
				result.put(user, fit(minutes, total));
			}
		});
		return result;
	}

	static BigDecimal fit(Map<String, Long> minutes, long total) {
		BigDecimal deviation = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal> family : BENCHMARK.entrySet()) {
			BigDecimal share = BigDecimal.valueOf(100L * minutes.getOrDefault(family.getKey(), 0L))
				.divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
			deviation = deviation.add(share.subtract(family.getValue()).abs());
		}
		return BigDecimal.valueOf(100).subtract(deviation.divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP));
	}

}
