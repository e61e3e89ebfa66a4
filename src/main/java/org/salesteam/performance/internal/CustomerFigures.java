package org.salesteam.performance.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.sales.OpportunityStage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures about the customers and opportunities assigned to a scope (by the customer's
 * current owner and territory, the opportunity's owner and its customer's territory). A
 * customer exists from its creation or its first order, whichever is earlier (imported
 * customers are created after their history), and stops counting once lost.
 */
@Component
class CustomerFigures {

	/** Prospects converted in the period and the prospects that could have been. */
	record Conversion(long converted, long candidates) {

		/** A scope without prospects. */
		static final Conversion NONE = new Conversion(0, 0);

	}

	/** Opportunities closed in the period. */
	record Closed(long won, long closed) {

		/** A scope without closed opportunities. */
		static final Closed NONE = new Closed(0, 0);

	}

	private static final String EXISTS_BY_END = "(c.created_at < :endOfPeriod or c.first_order_date <= :to)";

	private static final String ASSIGNED = "%s and " + EXISTS_BY_END
			+ " and (c.lost_date is null or c.lost_date > :to)";

	private static final String CANDIDATE = "%s and " + EXISTS_BY_END
			+ " and (c.first_order_date is null or c.first_order_date >= :from)"
			+ " and (c.lost_date is null or c.lost_date >= :from)";

	private static final String CONVERTED = "c.first_order_date >= :from and c.first_order_date <= :to";

	private static final String CONVERSION = "coalesce(sum(case when " + CONVERTED
			+ " then 1 else 0 end), 0), count(*)";

	private static final String CLOSED = "coalesce(sum(case when o.stage = :won then 1 else 0 end), 0), count(*)";

	private static final String CLOSED_IN_PERIOD = "o.stage in (:won, :lost) and o.closed_on >= :from"
			+ " and o.closed_on <= :to";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	CustomerFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/**
	 * Customers and prospects assigned to the scope at the period's end, not lost by
	 * then.
	 */
	long assigned(ScopeFilter scope, KpiPeriod period) {
		return customers("count(*)", ASSIGNED, scope, period).query(Long.class).single();
	}

	/**
	 * Converted: first order in the period. Candidates: prospects open at the period's
	 * start (no order before it, not lost before it) or created in it.
	 */
	Conversion conversion(ScopeFilter scope, KpiPeriod period) {
		return customers(CONVERSION, CANDIDATE, scope, period)
			.query((rs, row) -> new Conversion(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** {@link #assigned} of each of these reps that has any ({@link RepBatch}). */
	Map<Long, Long> assignedByRep(List<Long> repIds, KpiPeriod period) {
		return customersByRep("count(*)", ASSIGNED, repIds, period, (rs, first) -> rs.getLong(first));
	}

	/**
	 * {@link #conversion} of each of these reps that has candidates ({@link RepBatch}).
	 */
	Map<Long, Conversion> conversionByRep(List<Long> repIds, KpiPeriod period) {
		return customersByRep(CONVERSION, CANDIDATE, repIds, period,
				(rs, first) -> new Conversion(rs.getLong(first), rs.getLong(first + 1)));
	}

	List<Long> assignedIds(ScopeFilter scope, KpiPeriod period) {
		return customers("c.id", ASSIGNED + " order by c.id", scope, period).query(Long.class).list();
	}

	List<Long> candidateIds(ScopeFilter scope, KpiPeriod period) {
		return customers("c.id", CANDIDATE + " order by c.id", scope, period).query(Long.class).list();
	}

	List<Long> convertedIds(ScopeFilter scope, KpiPeriod period) {
		return customers("c.id", CANDIDATE + " and " + CONVERTED + " order by c.id", scope, period).query(Long.class)
			.list();
	}

	private JdbcClient.StatementSpec customers(String select, String where, ScopeFilter scope, KpiPeriod period) {
		return this.jdbc
			.sql("select " + select + " from customer c where "
					+ where.formatted(scope.on("c.owner_id", "c.territory_id", "c.id")))
			.params(scope.params())
			.param("endOfPeriod", endOf(period))
			.param("from", period.from())
			.param("to", period.to());
	}

	private <T> Map<Long, T> customersByRep(String select, String where, List<Long> repIds, KpiPeriod period,
			RepBatch.RowReader<T> figure) {
		return RepBatch
			.perRep(this.jdbc
				.sql("select c.owner_id, " + select + " from customer c where "
						+ where.formatted("c.owner_id in (:reps)") + " group by c.owner_id")
				.param("endOfPeriod", endOf(period)), repIds, period, figure);
	}

	/**
	 * {@link #closedOpportunities} of each of these reps that has any ({@link RepBatch}).
	 */
	Map<Long, Closed> closedOpportunitiesByRep(List<Long> repIds, KpiPeriod period) {
		return RepBatch.perRep(
				this.jdbc
					.sql("select o.owner_id, " + CLOSED + " from opportunity o where " + CLOSED_IN_PERIOD
							+ " and o.owner_id in (:reps) group by o.owner_id")
					.param("won", OpportunityStage.WON.name())
					.param("lost", OpportunityStage.LOST.name()),
				repIds, period, (rs, first) -> new Closed(rs.getLong(first), rs.getLong(first + 1)));
	}

	Closed closedOpportunities(ScopeFilter scope, KpiPeriod period) {
		return this.jdbc
			.sql("select " + CLOSED + " from opportunity o where " + CLOSED_IN_PERIOD + " and "
					+ scope.on("o.owner_id", "(select oc.territory_id from customer oc where oc.id = o.customer_id)",
							"o.customer_id"))
			.params(scope.params())
			.param("won", OpportunityStage.WON.name())
			.param("lost", OpportunityStage.LOST.name())
			.param("from", period.from())
			.param("to", period.to())
			.query((rs, row) -> new Closed(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	private OffsetDateTime endOf(KpiPeriod period) {
		return period.to().plusDays(1).atStartOfDay(this.zone).toOffsetDateTime();
	}

}
