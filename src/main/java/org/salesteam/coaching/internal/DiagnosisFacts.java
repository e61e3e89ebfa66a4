package org.salesteam.coaching.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@link DiagnosisRules.Facts} of a set of reps with one grouped query per table:
 * visits (the visit module's table, read by id as {@link CoachedVisits} does), weekly
 * schedules, owned customers, customer goals and time entries. The windows end on the
 * Sunday before {@code today}'s week: four closed weeks for habits (schedules, reports,
 * time use), twelve for the visit mix and length.
 */
@Component
class DiagnosisFacts {

	static final int MIX_WEEKS = 12;

	private final JdbcClient jdbc;

	DiagnosisFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, DiagnosisRules.Facts> of(Collection<Long> reps, LocalDate today) {
		Map<Long, DiagnosisRules.Facts> facts = new HashMap<>();
		if (reps.isEmpty()) {
			return facts;
		}
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate to = monday.minusDays(1);
		LocalDate habitsFrom = monday.minusWeeks(DiagnosisRules.SCHEDULE_WEEKS);
		LocalDate mixFrom = monday.minusWeeks(MIX_WEEKS);
		Map<Long, long[]> mix = counts("""
				select v.rep_id, count(*),
				  sum(case when v.customer_was_prospect then 1 else 0 end),
				  count(distinct case when v.customer_was_prospect then v.customer_id end),
				  sum(case when r.rn * 5 <= r.owned + 4 then 1 else 0 end)
				from visit v
				left join (select c.id, c.owner_id,
				    row_number() over (partition by c.owner_id order by c.potential desc, c.id) as rn,
				    count(*) over (partition by c.owner_id) as owned
				  from customer c where c.owner_id in (:reps) and c.status <> 'LOST') r
				  on r.id = v.customer_id and r.owner_id = v.rep_id
				where v.rep_id in (:reps) and v.status = 'COMPLETED' and v.visit_date between :from and :to
				group by v.rep_id""", reps, mixFrom, to, 4);
		Map<Long, long[]> recent = counts("""
				select v.rep_id, count(*),
				  sum(case when v.result is null or trim(v.result) = '' then 1 else 0 end)
				from visit v
				where v.rep_id in (:reps) and v.status = 'COMPLETED' and v.visit_date between :from and :to
				group by v.rep_id""", reps, habitsFrom, to, 2);
		Map<Long, long[]> schedules = this.jdbc.sql("""
				select p.rep_id, count(distinct p.iso_week) from visit_plan p
				where p.rep_id in (:reps) and p.status <> 'DRAFT' and p.iso_week in (:weeks)
				group by p.rep_id""")
			.param("reps", reps)
			.param("weeks", weeks(habitsFrom, DiagnosisRules.SCHEDULE_WEEKS))
			.query((rs, n) -> Map.entry(rs.getLong(1), new long[] { rs.getLong(2) }))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<Long, long[]> customers = counts("""
				select c.owner_id, count(*), sum(case when c.potential = 0 then 1 else 0 end),
				  (select count(distinct g.customer_id) from goal g where g.owner_id = c.owner_id
				     and g.customer_id is not null and g.period_from <= :to and g.period_to >= :from)
				from customer c
				where c.owner_id in (:reps) and c.status <> 'LOST'
				group by c.owner_id""", reps, today, today, 3);
		Map<Long, long[]> time = counts("""
				select t.user_id, count(*) from time_entry t
				where t.user_id in (:reps) and t.entry_date between :from and :to
				group by t.user_id""", reps, habitsFrom, to, 1);
		Map<Long, List<Integer>> minutes = new HashMap<>();
		this.jdbc.sql("""
				select v.rep_id, v.duration_minutes from visit v
				where v.rep_id in (:reps) and v.status = 'COMPLETED' and v.visit_date between :from and :to
				  and v.duration_minutes is not null""")
			.param("reps", reps)
			.param("from", mixFrom)
			.param("to", to)
			.query((rs, n) -> minutes.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getInt(2)))
			.list();
		for (long rep : reps) {
			long[] m = mix.getOrDefault(rep, new long[4]);
			long[] r = recent.getOrDefault(rep, new long[2]);
			long[] c = customers.getOrDefault(rep, new long[3]);
			java.math.BigDecimal median = DiagnosisRules.median(minutes.getOrDefault(rep, List.of()));
			facts.put(rep,
					new DiagnosisRules.Facts(rep, (int) schedules.getOrDefault(rep, new long[1])[0], c[0], c[1], c[2],
							r[0], r[1], time.getOrDefault(rep, new long[1])[0],
							(median != null) ? median.intValue() : null, m[0], m[1], m[2], m[3]));
		}
		return facts;
	}

	private Map<Long, long[]> counts(String sql, Collection<Long> reps, LocalDate from, LocalDate to, int columns) {
		Map<Long, long[]> rows = new HashMap<>();
		this.jdbc.sql(sql).param("reps", reps).param("from", from).param("to", to).query((rs, n) -> {
			long[] values = new long[columns];
			for (int i = 0; i < columns; i++) {
				values[i] = rs.getLong(i + 2);
			}
			rows.put(rs.getLong(1), values);
			return values;
		}).list();
		return rows;
	}

	private static List<String> weeks(LocalDate firstMonday, int count) {
		List<String> weeks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalDate day = firstMonday.plusWeeks(i);
			weeks.add(String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
					day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
		}
		return weeks;
	}

}
