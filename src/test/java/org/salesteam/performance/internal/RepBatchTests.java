package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiTargets;
import org.salesteam.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of reps reads each figure with one grouped query (ADR 0055); every rep's figure
 * must be the one its own query gives, for the demo's reps, a rep without any rows, a
 * year, a quarter, a month and the previous periods the retention KPIs read. The single
 * queries are the reference: they are what {@code /api/v1/kpis?scope=rep:…} reads and
 * what the hand-worked KPI tests check.
 */
@IntegrationTest
class RepBatchTests {

	private static final List<KpiPeriod> PERIODS = List.of(
			new KpiPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
			new KpiPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
			new KpiPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
			new KpiPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));

	@Autowired
	OrderFigures orders;

	@Autowired
	ActivityFigures activity;

	@Autowired
	CustomerFigures customers;

	@Autowired
	List<KpiTargets> targets;

	@Autowired
	JdbcClient jdbc;

	/** A rep id no row credits: gets the empty figure from the batch. */
	private static final long NOBODY = -42;

	@Test
	void everyRepsFigureIsTheOneOfItsOwnQuery() {
		List<ScopeFilter> reps = reps();
		List<Long> ids = new ArrayList<>(reps.stream().map(ScopeFilter::ownerId).toList());
		ids.add(NOBODY);
		reps.add(new ScopeFilter(KpiScope.rep("nobody"), NOBODY, null));
		for (KpiPeriod period : PERIODS) {
			same("totals", period, reps, this.orders::totals, this.orders.totalsByRep(ids, period),
					OrderFigures.Totals.NONE);
			same("customer sales", period, reps, this.orders::customerSales,
					this.orders.customerSalesByRep(ids, period), Map.of());
			same("new customers", period, reps, this.orders::newCustomers, this.orders.newCustomersByRep(ids, period),
					0L);
			same("activity", period, reps, this.activity::totals, this.activity.totalsByRep(ids, period),
					ActivityFigures.Totals.NONE);
			same("time", period, reps, this.activity::time, this.activity.timeByRep(ids, period),
					ActivityFigures.Time.NONE);
			same("assigned", period, reps, this.customers::assigned, this.customers.assignedByRep(ids, period), 0L);
			same("conversion", period, reps, this.customers::conversion, this.customers.conversionByRep(ids, period),
					CustomerFigures.Conversion.NONE);
			same("closed", period, reps, this.customers::closedOpportunities,
					this.customers.closedOpportunitiesByRep(ids, period), CustomerFigures.Closed.NONE);
		}
		// the demo credits sales, visits and customers to its reps: the comparison is not
		// between empty figures
		assertThat(this.orders.totalsByRep(ids, PERIODS.get(0))).hasSizeGreaterThan(5);
		assertThat(this.activity.totalsByRep(ids, PERIODS.get(0))).hasSizeGreaterThan(5);
		assertThat(this.customers.assignedByRep(ids, PERIODS.get(0))).hasSizeGreaterThan(5);
	}

	@Test
	void everyScopesTargetIsTheOneAskedAlone() {
		List<KpiScope> scopes = new ArrayList<>(reps().stream().map(ScopeFilter::scope).toList());
		this.jdbc.sql("select id from sales_team")
			.query(Long.class)
			.list()
			.forEach((team) -> scopes.add(KpiScope.team(team)));
		scopes.add(KpiScope.company());
		scopes.add(KpiScope.rep("nobody"));
		int found = 0;
		for (KpiTargets source : this.targets) {
			for (KpiPeriod period : PERIODS) {
				for (String goalType : List.of(KpiTargets.SALES_VOLUME, KpiTargets.ACTIVE_CUSTOMERS)) {
					Map<KpiScope, BigDecimal> together = source.targets(goalType, scopes, period.from(), period.to());
					for (KpiScope scope : scopes) {
						assertThat(Optional.ofNullable(together.get(scope)))
							.as(goalType + " " + scope.format() + " " + period)
							.isEqualTo(source.target(goalType, scope, period.from(), period.to()));
					}
					found += together.size();
				}
			}
		}
		assertThat(found).as("targets found: the demo has approved goals").isPositive();
	}

	private List<ScopeFilter> reps() {
		List<ScopeFilter> reps = new ArrayList<>();
		this.jdbc.sql("select id, username from app_user where username like 'rep%' order by id").query((rs) -> {
			reps.add(new ScopeFilter(KpiScope.rep(rs.getString(2)), rs.getLong(1), null));
		});
		assertThat(reps).hasSizeGreaterThan(5);
		return reps;
	}

	private static <T> void same(String figure, KpiPeriod period, List<ScopeFilter> reps,
			BiFunction<ScopeFilter, KpiPeriod, T> alone, Map<Long, T> together, T empty) {
		Function<ScopeFilter, T> batched = (rep) -> together.getOrDefault(rep.ownerId(), empty);
		for (ScopeFilter rep : reps) {
			assertThat(batched.apply(rep)).as(figure + " of " + rep.scope().format() + " in " + period)
				.usingRecursiveComparison()
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
				.isEqualTo(alone.apply(rep, period));
		}
	}

}
