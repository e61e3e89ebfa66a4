package org.salesteam.performance.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The base figures of one resolved scope through two {@link FigureCache}s: {@link #of}
 * reads the rollup generation and the scope's fingerprint once, and every figure asked
 * for afterwards is keyed by them. Figures of the rollups are kept until a new generation
 * ({@code salesteam.performance.cache.max-weight}, default 4,000,000 customer ids;
 * {@code salesteam.performance.cache.ttl}, default 15 minutes). Figures read from the
 * customer and opportunity tables (assigned customers, conversion, closed opportunities)
 * change without any rollup changing, so they are kept for a short time only
 * ({@code salesteam.performance.cache.customer-ttl}, default 10 seconds; ADR 0015): a new
 * prospect or a closed opportunity shows on the dashboards within that time, an order at
 * once. The KPIs of other modules are kept the same short time (a completed coaching
 * session shows within 10 seconds).
 */
@Component
class RollupFigures {

	/** The figures of one scope at one rollup generation. */
	final class Scoped {

		private final ScopeFilter scope;

		private final String fingerprint;

		private final RollupVersion.Generations version;

		/** The batch of reps read together, null when this scope is read alone. */
		private final RepBatch batch;

		private Scoped(ScopeFilter scope, String fingerprint, RollupVersion.Generations version, RepBatch batch) {
			this.scope = scope;
			this.fingerprint = fingerprint;
			this.version = version;
			this.batch = (scope.scope().kind() == KpiScope.Kind.REP) ? batch : null;
		}

		OrderFigures.Totals totals(KpiPeriod period) {
			return cached("totals", RollupVersion.Rollup.SALES, period,
					() -> batched("totals", period, (reps) -> RollupFigures.this.orders.totalsByRep(reps, period),
							OrderFigures.Totals.NONE, () -> RollupFigures.this.orders.totals(this.scope, period)));
		}

		ActiveCustomers active(KpiPeriod period) {
			return cached("active", RollupVersion.Rollup.SALES, period,
					() -> ActiveCustomers.of(batched("active", period,
							(reps) -> RollupFigures.this.orders.customerSalesByRep(reps, period), Map.of(),
							() -> RollupFigures.this.orders.customerSales(this.scope, period))));
		}

		long newCustomers(KpiPeriod period) {
			return cached("new", RollupVersion.Rollup.SALES, period,
					() -> batched("new", period, (reps) -> RollupFigures.this.orders.newCustomersByRep(reps, period),
							0L, () -> RollupFigures.this.orders.newCustomers(this.scope, period)));
		}

		ActivityFigures.Totals activity(KpiPeriod period) {
			return cached("activity", RollupVersion.Rollup.FIELD_WORK, period,
					() -> batched("activity", period, (reps) -> RollupFigures.this.activity.totalsByRep(reps, period),
							ActivityFigures.Totals.NONE, () -> RollupFigures.this.activity.totals(this.scope, period)));
		}

		ActivityFigures.Time time(KpiPeriod period) {
			return cached("time", RollupVersion.Rollup.FIELD_WORK, period,
					() -> batched("time", period, (reps) -> RollupFigures.this.activity.timeByRep(reps, period),
							ActivityFigures.Time.NONE, () -> RollupFigures.this.activity.time(this.scope, period)));
		}

		long assigned(KpiPeriod period) {
			return recent("assigned", period,
					() -> batched("assigned", period,
							(reps) -> RollupFigures.this.customers.assignedByRep(reps, period), 0L,
							() -> RollupFigures.this.customers.assigned(this.scope, period)));
		}

		CustomerFigures.Conversion conversion(KpiPeriod period) {
			return recent("conversion", period,
					() -> batched("conversion", period,
							(reps) -> RollupFigures.this.customers.conversionByRep(reps, period),
							CustomerFigures.Conversion.NONE,
							() -> RollupFigures.this.customers.conversion(this.scope, period)));
		}

		CustomerFigures.Closed closedOpportunities(KpiPeriod period) {
			return recent("closed", period,
					() -> batched("closed", period,
							(reps) -> RollupFigures.this.customers.closedOpportunitiesByRep(reps, period),
							CustomerFigures.Closed.NONE,
							() -> RollupFigures.this.customers.closedOpportunities(this.scope, period)));
		}

		/**
		 * The values of another module's KPIs ({@code KpiContributor}): they change
		 * without any rollup changing, so they are kept like the customer figures, for
		 * the short time only. {@code figure} names the contributor, the scope's kind and
		 * the codes asked.
		 */
		<T> T contributed(String figure, KpiPeriod period, Supplier<T> read) {
			return recent("contributed:" + this.scope.scope().kind() + ":" + figure, period, read);
		}

		/**
		 * A rep's figure from the batch's grouped query when this scope is part of a
		 * batch, otherwise the scope's own query.
		 */
		private <T> T batched(String figure, KpiPeriod period, Function<List<Long>, Map<Long, T>> readAll, T empty,
				Supplier<T> readOne) {
			return (this.batch != null) ? this.batch.figure(figure, period, this.scope.ownerId(), readAll, empty)
					: readOne.get();
		}

		private <T> T cached(String figure, RollupVersion.Rollup rollup, KpiPeriod period, Supplier<T> read) {
			return RollupFigures.this.rollups.get(key(figure, rollup, period), read);
		}

		/**
		 * Customer figures: first orders make prospects customers, so the order
		 * generation.
		 */
		private <T> T recent(String figure, KpiPeriod period, Supplier<T> read) {
			return RollupFigures.this.recent.get(key(figure, RollupVersion.Rollup.SALES, period), read);
		}

		private FigureCache.Key key(String figure, RollupVersion.Rollup rollup, KpiPeriod period) {
			return new FigureCache.Key(figure, this.fingerprint, period, this.version.of(rollup));
		}

	}

	private final OrderFigures orders;

	private final ActivityFigures activity;

	private final CustomerFigures customers;

	private final FigureCache rollups;

	private final FigureCache recent;

	private final RollupVersion version;

	private final ScopeResolver scopes;

	RollupFigures(OrderFigures orders, ActivityFigures activity, CustomerFigures customers, RollupVersion version,
			ScopeResolver scopes, @Value("${salesteam.performance.cache.max-weight:4000000}") long maxWeight,
			@Value("${salesteam.performance.cache.ttl:PT15M}") Duration ttl,
			@Value("${salesteam.performance.cache.customer-ttl:PT10S}") Duration customerTtl) {
		this.orders = orders;
		this.activity = activity;
		this.customers = customers;
		this.version = version;
		this.scopes = scopes;
		this.rollups = new FigureCache(maxWeight, ttl);
		this.recent = new FigureCache(maxWeight / 100, customerTtl);
	}

	/**
	 * {@link #of} for many scopes: one read of the generations and of the teams' reps;
	 * two or more rep scopes read their figures together ({@link RepBatch}).
	 */
	List<Scoped> of(List<ScopeFilter> scopes) {
		RollupVersion.Generations generations = this.version.generations();
		List<String> fingerprints = this.scopes.fingerprints(scopes);
		RepBatch batch = RepBatch.of(scopes);
		List<Scoped> scoped = new ArrayList<>();
		for (int i = 0; i < scopes.size(); i++) {
			scoped.add(new Scoped(scopes.get(i), fingerprints.get(i), generations, batch));
		}
		return scoped;
	}

	/** Reads the generation first: see {@link RollupVersion}. */
	Scoped of(ScopeFilter scope) {
		return of(List.of(scope)).get(0);
	}

}
