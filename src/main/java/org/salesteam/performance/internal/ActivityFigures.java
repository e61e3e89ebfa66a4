package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

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

		/** The totals of a scope without rows. */
		static final Totals NONE = new Totals(0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0);

	}

	/** Logged minutes of the period: selling, the reps' other categories, all. */
	record Time(long selling, long nonSelling, long logged) {

		/** No logged time. */
		static final Time NONE = new Time(0, 0, 0);

	}

	private static final String TOTALS = """
			coalesce(sum(r.visits), 0), coalesce(sum(r.prospect_visits), 0),
			coalesce(sum(r.timed_visits), 0), coalesce(sum(r.visit_minutes), 0), coalesce(sum(r.presentation_minutes), 0),
			coalesce(sum(r.visit_expenses), 0), coalesce(sum(r.prospect_calls), 0),
			coalesce(sum(r.prospect_letters), 0), coalesce(sum(r.proposals), 0),
			coalesce(sum(r.complaints_resolved), 0), coalesce(sum(r.service_visits), 0),
			coalesce(sum(r.collected), 0),
			count(distinct case when r.visits > 0 then r.customer_key end),
			count(distinct case when r.visits > 0 then r.rep_key end)
			""";

	private static final String ACTIVITY_IN_PERIOD = "r.activity_day >= :from and r.activity_day <= :to";

	private static final String TIME = "coalesce(sum(t.selling_minutes), 0), coalesce(sum(t.non_selling_minutes), 0),"
			+ " coalesce(sum(t.logged_minutes), 0)";

	private static final String TIME_IN_PERIOD = "t.time_day >= :from and t.time_day <= :to";

	private final JdbcClient jdbc;

	ActivityFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Totals totals(ScopeFilter scope, KpiPeriod period) {
		return this.jdbc
			.sql("select " + TOTALS + " from kpi_activity_day r where " + ACTIVITY_IN_PERIOD + " and "
					+ scope.on("r.rep_key", "r.territory_key", "r.customer_key"))
			.params(scope.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, row) -> totalsAt(rs, 1))
			.single();
	}

	/** {@link #totals} of each of these reps that has rows ({@link RepBatch}). */
	Map<Long, Totals> totalsByRep(List<Long> repIds, KpiPeriod period) {
		return RepBatch.perRep(this.jdbc.sql("select r.rep_key, " + TOTALS + " from kpi_activity_day r where "
				+ ACTIVITY_IN_PERIOD + " and r.rep_key in (:reps) group by r.rep_key"), repIds, period,
				ActivityFigures::totalsAt);
	}

	private static Totals totalsAt(ResultSet rs, int first) throws SQLException {
		return new Totals(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3),
				rs.getLong(first + 4), rs.getBigDecimal(first + 5), rs.getLong(first + 6), rs.getLong(first + 7),
				rs.getLong(first + 8), rs.getLong(first + 9), rs.getLong(first + 10), rs.getBigDecimal(first + 11),
				rs.getLong(first + 12), rs.getLong(first + 13));
	}

	Time time(ScopeFilter scope, KpiPeriod period) {
		if (scope.scope().kind() == KpiScope.Kind.TERRITORY) {
			return Time.NONE;
		}
		return this.jdbc
			.sql("select " + TIME + " from kpi_time_day t where " + TIME_IN_PERIOD + " and "
					+ scope.on("t.user_key", "null", "null"))
			.params(scope.params())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, row) -> timeAt(rs, 1))
			.single();
	}

	/** {@link #time} of each of these reps that logged any ({@link RepBatch}). */
	Map<Long, Time> timeByRep(List<Long> repIds, KpiPeriod period) {
		return RepBatch.perRep(this.jdbc.sql("select t.user_key, " + TIME + " from kpi_time_day t where "
				+ TIME_IN_PERIOD + " and t.user_key in (:reps) group by t.user_key"), repIds, period,
				ActivityFigures::timeAt);
	}

	private static Time timeAt(ResultSet rs, int first) throws SQLException {
		return new Time(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2));
	}

	/**
	 * Working days (Monday to Friday; public holidays are not known) from the period's
	 * first day to its last or {@code today}, whichever is earlier.
	 */
	static long workingDays(KpiPeriod period, LocalDate today) {
		LocalDate last = period.to().isAfter(today) ? today : period.to();
		long total = ChronoUnit.DAYS.between(period.from(), last) + 1;
		if (total <= 0) {
			return 0;
		}
		// whole weeks have five working days; the rest (under a week) is counted day by
		// day: a scorecard asks this for every rep
		long days = (total / 7) * 5;
		LocalDate day = period.from().plusDays(total - total % 7);
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days++;
			}
		}
		return days;
	}

}
