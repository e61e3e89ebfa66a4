package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiTargets;
import org.salesteam.performance.KpiUnit;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.Kpis.Codes;

/**
 * The KPIs of one scope and period. The base figures (totals, active customers, …) come
 * from {@link RollupFigures}, read at most once per period and rollup generation, so
 * asking for the whole catalogue costs a handful of queries, or none. A ratio is
 * numerator ÷ denominator: six decimals for a fraction, two for money, half up; undefined
 * (null) when the denominator is zero or missing. Minutes read with two decimals too.
 */
final class KpiComputation {

	/** A goal lookup: goal type, scope, period → target. */
	interface TargetLookup {

		Optional<BigDecimal> target(String goalType, KpiScope scope, KpiPeriod period);

	}

	private final ScopeFilter scope;

	private final KpiPeriod period;

	private final RollupFigures.Scoped figures;

	private final TargetLookup targets;

	/**
	 * What the field-work KPIs need besides the figures: the configured cost of an hour
	 * of a rep's time (CNY) and today (working days after it have not happened yet).
	 */
	record FieldWork(BigDecimal hourlyCost, LocalDate today) {
	}

	private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

	/** The KPIs measured against a goal, with the goal type whose target they use. */
	static final Map<String, String> GOAL_TYPES = Map.of(Codes.SALES_VS_GOAL, KpiTargets.SALES_VOLUME,
			Codes.CUSTOMERS_VS_GOAL, KpiTargets.ACTIVE_CUSTOMERS);

	private final FieldWork fieldWork;

	KpiComputation(ScopeFilter scope, KpiPeriod period, RollupFigures.Scoped figures, TargetLookup targets,
			FieldWork fieldWork) {
		this.fieldWork = fieldWork;
		this.scope = scope;
		this.period = period;
		this.figures = figures;
		this.targets = targets;
	}

	KpiValue value(KpiDefinition definition) {
		String code = definition.code();
		KpiUnit unit = definition.unit();
		OrderFigures.Totals now = totals(this.period);
		BigDecimal sales = now.sales();
		return switch (code) {
			case Codes.SALES -> amount(code, unit, sales);
			case Codes.PROFIT -> amount(code, unit, now.profit());
			case Codes.MARGIN_RATE -> ratio(code, unit, now.profit(), sales);
			case Codes.ORDERS -> amount(code, unit, BigDecimal.valueOf(now.orders()));
			case Codes.AVG_ORDER_VALUE -> ratio(code, unit, sales, BigDecimal.valueOf(now.orders()));
			case Codes.ORDER_CANCELLATION_RATE -> ratio(code, unit, BigDecimal.valueOf(now.cancelled()),
					BigDecimal.valueOf(now.orders() + now.cancelled()));
			case Codes.ACTIVE_CUSTOMERS -> amount(code, unit, count(active(this.period).count()));
			case Codes.NEW_CUSTOMERS -> amount(code, unit, count(this.figures.newCustomers(this.period)));
			case Codes.AVG_SALES_PER_CUSTOMER -> ratio(code, unit, sales, count(active(this.period).count()));
			case Codes.RETENTION_RATE -> ratio(code, unit, count(retained()), count(active(previous()).count()));
			case Codes.CUSTOMER_LOSS_RATE ->
				ratio(code, unit, count(active(previous()).count() - retained()), count(active(previous()).count()));
			case Codes.REVENUE_RETENTION -> {
				ActiveCustomers.RevenueKept kept = active(this.period).keptFrom(active(previous()));
				yield ratio(code, unit, kept.kept(), kept.base());
			}
			case Codes.GROSS_REVENUE_RETENTION -> {
				ActiveCustomers.RevenueKept kept = active(this.period).keptFrom(active(previous()));
				yield ratio(code, unit, kept.capped(), kept.base());
			}
			case Codes.SALES_VS_PRIOR -> ratio(code, unit, sales, totals(previous()).sales());
			case Codes.TOP20_SHARE -> ratio(code, unit, top20(), sales);
			case Codes.PENETRATION ->
				ratio(code, unit, count(active(this.period).count()), count(this.figures.assigned(this.period)));
			case Codes.NEW_CUSTOMER_CONVERSION -> conversion(code, unit);
			case Codes.WIN_RATE -> winRate(code, unit);
			case Codes.SALES_VS_GOAL -> ratio(code, unit, sales, target(GOAL_TYPES.get(code)));
			case Codes.CUSTOMERS_VS_GOAL ->
				ratio(code, unit, count(active(this.period).count()), target(GOAL_TYPES.get(code)));
			default -> fieldWork(definition, now);
		};
	}

	/** The visit, time and cost KPIs and the non-selling counts. */
	private KpiValue fieldWork(KpiDefinition definition, OrderFigures.Totals orders) {
		String code = definition.code();
		KpiUnit unit = definition.unit();
		ActivityFigures.Totals a = activity();
		BigDecimal visits = count(a.visits());
		return switch (code) {
			case Codes.VISITS -> amount(code, unit, visits);
			case Codes.VISITS_PER_DAY -> ratio(code, unit, visits,
					count(a.visitingReps() * ActivityFigures.workingDays(this.period, this.fieldWork.today())));
			case Codes.VISITS_PER_CUSTOMER -> ratio(code, unit, visits, count(a.customersVisited()));
			case Codes.VISITS_PER_NEW_CUSTOMER ->
				ratio(code, unit, visits, count(this.figures.newCustomers(this.period)));
			case Codes.PROSPECT_VISIT_SHARE -> ratio(code, unit, count(a.prospectVisits()), visits);
			case Codes.AVG_VISIT_MINUTES -> ratio(code, unit, count(a.visitMinutes()), count(a.timedVisits()));
			case Codes.PRESENTATION_MINUTES ->
				ratio(code, unit, count(a.presentationMinutes()), count(a.timedVisits()));
			case Codes.SALES_PER_VISIT -> ratio(code, unit, orders.sales(), visits);
			case Codes.PROFIT_PER_VISIT -> ratio(code, unit, orders.profit(), visits);
			case Codes.SELLING_TIME_RATIO -> ratio(code, unit, count(time().selling()), count(time().nonSelling()));
			case Codes.COST_PER_VISIT -> ratio(code, unit, a.visitExpenses(), visits);
			case Codes.SALES_COST_RATIO -> ratio(code, unit, a.visitExpenses(), orders.sales());
			case Codes.RETURN_ON_TIME ->
				ratio(code, unit, orders.profit(), count(time().logged()).multiply(this.fieldWork.hourlyCost())
					.divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP));
			case Codes.PROSPECT_CALLS -> amount(code, unit, count(a.prospectCalls()));
			case Codes.PROSPECT_LETTERS -> amount(code, unit, count(a.prospectLetters()));
			case Codes.PROPOSALS -> amount(code, unit, count(a.proposals()));
			case Codes.COMPLAINTS_RESOLVED -> amount(code, unit, count(a.complaintsResolved()));
			case Codes.SERVICE_VISITS -> amount(code, unit, count(a.serviceVisits()));
			case Codes.RECEIVABLES_COLLECTED -> amount(code, unit, a.collected());
			default -> throw new IllegalArgumentException("no formula for " + code);
		};
	}

	private ActivityFigures.Totals activity() {
		return this.figures.activity(this.period);
	}

	private ActivityFigures.Time time() {
		return this.figures.time(this.period);
	}

	/** Sales of the largest ⌈20 % × active customers⌉ customers of the period. */
	private BigDecimal top20() {
		return active(this.period).top20Sales();
	}

	private long retained() {
		return active(this.period).alsoIn(active(previous()));
	}

	private KpiValue conversion(String code, KpiUnit unit) {
		CustomerFigures.Conversion conversion = this.figures.conversion(this.period);
		return ratio(code, unit, count(conversion.converted()), count(conversion.candidates()));
	}

	private KpiValue winRate(String code, KpiUnit unit) {
		CustomerFigures.Closed closed = this.figures.closedOpportunities(this.period);
		return ratio(code, unit, count(closed.won()), count(closed.closed()));
	}

	private BigDecimal target(String goalType) {
		return this.targets.target(goalType, this.scope.scope(), this.period).orElse(null);
	}

	private KpiPeriod previous() {
		return this.period.previous();
	}

	private OrderFigures.Totals totals(KpiPeriod of) {
		return this.figures.totals(of);
	}

	private ActiveCustomers active(KpiPeriod of) {
		return this.figures.active(of);
	}

	private static BigDecimal count(long count) {
		return BigDecimal.valueOf(count);
	}

	private static KpiValue amount(String code, KpiUnit unit, BigDecimal amount) {
		return new KpiValue(code, amount, amount, null, unit);
	}

	static KpiValue ratio(String code, KpiUnit unit, BigDecimal numerator, BigDecimal denominator) {
		BigDecimal value = null;
		if (denominator != null && denominator.signum() != 0) {
			int scale = (unit == KpiUnit.MONEY || unit == KpiUnit.MINUTES) ? 2 : 6;
			value = numerator.divide(denominator, scale, RoundingMode.HALF_UP);
		}
		return new KpiValue(code, value, numerator, denominator, unit);
	}

}
