package org.salesteam.performance.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.salesteam.performance.KpiPeriod;

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

		private Scoped(ScopeFilter scope, String fingerprint, RollupVersion.Generations version) {
			this.scope = scope;
			this.fingerprint = fingerprint;
			this.version = version;
		}

		OrderFigures.Totals totals(KpiPeriod period) {
			return cached("totals", RollupVersion.Rollup.SALES, period,
					() -> RollupFigures.this.orders.totals(this.scope, period));
		}

		ActiveCustomers active(KpiPeriod period) {
			return cached("active", RollupVersion.Rollup.SALES, period,
					() -> ActiveCustomers.of(RollupFigures.this.orders.customerSales(this.scope, period)));
		}

		long newCustomers(KpiPeriod period) {
			return cached("new", RollupVersion.Rollup.SALES, period,
					() -> RollupFigures.this.orders.newCustomers(this.scope, period));
		}

		ActivityFigures.Totals activity(KpiPeriod period) {
			return cached("activity", RollupVersion.Rollup.FIELD_WORK, period,
					() -> RollupFigures.this.activity.totals(this.scope, period));
		}

		ActivityFigures.Time time(KpiPeriod period) {
			return cached("time", RollupVersion.Rollup.FIELD_WORK, period,
					() -> RollupFigures.this.activity.time(this.scope, period));
		}

		long assigned(KpiPeriod period) {
			return recent("assigned", period, () -> RollupFigures.this.customers.assigned(this.scope, period));
		}

		CustomerFigures.Conversion conversion(KpiPeriod period) {
			return recent("conversion", period, () -> RollupFigures.this.customers.conversion(this.scope, period));
		}

		CustomerFigures.Closed closedOpportunities(KpiPeriod period) {
			return recent("closed", period, () -> RollupFigures.this.customers.closedOpportunities(this.scope, period));
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
	 * {@link #of} for many scopes: one read of the generations and of the teams' reps.
	 */
	List<Scoped> of(List<ScopeFilter> scopes) {
		RollupVersion.Generations generations = this.version.generations();
		List<String> fingerprints = this.scopes.fingerprints(scopes);
		List<Scoped> scoped = new ArrayList<>();
		for (int i = 0; i < scopes.size(); i++) {
			scoped.add(new Scoped(scopes.get(i), fingerprints.get(i), generations));
		}
		return scoped;
	}

	/** Reads the generation first: see {@link RollupVersion}. */
	Scoped of(ScopeFilter scope) {
		return of(List.of(scope)).get(0);
	}

}
