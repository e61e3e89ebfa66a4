package org.salesteam.visit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.visit.internal.StandardCompliance.Counts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The actual counts behind the compliance grid for many reps and periods at once: two
 * queries over the whole span (completed visits, prospect conversions), counted per rep
 * and period here. Replaces one query per rep and period (the director's home page asked
 * 100 of them at scale M, 1,000 at L).
 */
@Component
class ComplianceCounts {

	/** An inclusive day range. */
	record Period(LocalDate from, LocalDate to) {

		boolean contains(LocalDate day) {
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

	}

	private record VisitDay(long repId, LocalDate day, boolean proposal, long customerId, boolean wasProspect) {
	}

	private record Conversion(long repId, LocalDate day, boolean qualified) {
	}

	private final JdbcClient jdbc;

	ComplianceCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per rep, the counts of each period in the order given; a rep without any activity
	 * gets zeros.
	 */
	Map<Long, List<Counts>> of(Collection<Long> repIds, List<Period> periods) {
		Map<Long, List<Counts>> result = new HashMap<>();
		if (repIds.isEmpty() || periods.isEmpty()) {
			return result;
		}
		LocalDate from = periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
		LocalDate to = periods.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow();
		Map<Long, List<VisitDay>> visits = new HashMap<>();
		this.jdbc.sql("""
				select v.rep_id, v.visit_date, v.visit_type, v.customer_id, v.customer_was_prospect
				from visit v
				where v.rep_id in (:reps) and v.status = 'COMPLETED' and v.visit_date between :from and :to
				""")
			.param("reps", repIds)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new VisitDay(rs.getLong(1), rs.getObject(2, LocalDate.class),
					"PROPOSAL".equals(rs.getString(3)) || "DEMONSTRATION".equals(rs.getString(3)), rs.getLong(4),
					rs.getBoolean(5)))
			.list()
			.forEach((v) -> visits.computeIfAbsent(v.repId(), (k) -> new ArrayList<>()).add(v));
		Map<Long, List<Conversion>> conversions = new HashMap<>();
		this.jdbc.sql("""
				select c.rep_id, c.converted_on, c.qualified from prospect_conversion c
				where c.rep_id in (:reps) and c.converted_on between :from and :to
				""")
			.param("reps", repIds)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Conversion(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3)))
			.list()
			.forEach((c) -> conversions.computeIfAbsent(c.repId(), (k) -> new ArrayList<>()).add(c));
		for (long rep : repIds) {
			List<VisitDay> repVisits = visits.getOrDefault(rep, List.of());
			List<Conversion> repConversions = conversions.getOrDefault(rep, List.of());
			result.put(rep, periods.stream().map((p) -> count(repVisits, repConversions, p)).toList());
		}
		return result;
	}

	private static Counts count(List<VisitDay> visits, List<Conversion> conversions, Period period) {
		int total = 0;
		int proposals = 0;
		Set<Long> prospects = new HashSet<>();
		for (VisitDay v : visits) {
			if (period.contains(v.day())) {
				total++;
				proposals += v.proposal() ? 1 : 0;
				if (v.wasProspect()) {
					prospects.add(v.customerId());
				}
			}
		}
		int converted = 0;
		int unqualified = 0;
		for (Conversion c : conversions) {
			if (period.contains(c.day())) {
				converted++;
				unqualified += c.qualified() ? 0 : 1;
			}
		}
		return new Counts(total, prospects.size(), converted, proposals, unqualified);
	}

}
