package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The field-work figures of a scope and period, read from {@code kpi_activity_day} and
 * {@code kpi_time_day}. Visits and activities are credited to the rep who did them and to
 * the territory of their customer; logged time to its user only, so a territory has no
 * time figures (zero, which leaves the time ratios undefined).
 */
@Component
class ActivityFigures {

	/**
	 * Sums of the period, plus the distinct customers visited and reps who visited;
	 * {@code timedVisits} are the visits with a measured duration, the only ones in
	 * {@code visitMinutes} and {@code presentationMinutes}.
	 */
	record Totals(long visits, long prospectVisits, long timedVisits, long visitMinutes, long presentationMinutes,
			BigDecimal visitExpenses, long prospectCalls, long prospectLetters, long proposals, long complaintsResolved,
			long serviceVisits, BigDecimal collected, long customersVisited, long visitingReps) {
	}

	/** Logged minutes of the period: selling, the reps' other categories, all. */
	record Time(long selling, long nonSelling, long logged) {
	}

	private final JdbcClient jdbc;

	ActivityFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Totals totals(ScopeFilter scope, KpiPeriod period) {
		return this.jdbc
			.sql("""
					select coalesce(sum(r.visits), 0), coalesce(sum(r.prospect_visits), 0),
					       coalesce(sum(r.timed_visits), 0), coalesce(sum(r.visit_minutes), 0), coalesce(sum(r.presentation_minutes), 0),
					       coalesce(sum(r.visit_expenses), 0), coalesce(sum(r.prospect_calls), 0),
					       coalesce(sum(r.prospect_letters), 0), coalesce(sum(r.proposals), 0),
					       coalesce(sum(r.complaints_resolved), 0), coalesce(sum(r.service_visits), 0),
					       coalesce(sum(r.collected), 0),
					       count(distinct case when r.visits > 0 then r.customer_key end),
					       count(distinct case when r.visits > 0 then r.rep_key end)
					from kpi_activity_day r
					where r.activity_day >= :from and r.activity_day <= :to and %s
					"""
				.formatted(scope.on("r.rep_key", "r.territory_key", "r.customer_key")))
			.params(scope.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, row) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getBigDecimal(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
					rs.getBigDecimal(12), rs.getLong(13), rs.getLong(14)))
			.single();
	}

	Time time(ScopeFilter scope, KpiPeriod period) {
		if (scope.scope().kind() == KpiScope.Kind.TERRITORY) {
			return new Time(0, 0, 0);
		}
		return this.jdbc.sql("""
				select coalesce(sum(t.selling_minutes), 0), coalesce(sum(t.non_selling_minutes), 0),
				       coalesce(sum(t.logged_minutes), 0)
				from kpi_time_day t
				where t.time_day >= :from and t.time_day <= :to and %s
				""".formatted(scope.on("t.user_key", "null", "null")))
			.params(scope.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, row) -> new Time(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/**
	 * Working days (Monday to Friday; public holidays are not known) from the period's
	 * first day to its last or {@code today}, whichever is earlier.
	 */
	static long workingDays(KpiPeriod period, LocalDate today) {
		LocalDate last = period.to().isAfter(today) ? today : period.to();
		long days = 0;
		for (LocalDate day = period.from(); !day.isAfter(last); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days++;
			}
		}
		return days;
	}

}
