package org.salesteam.performance;

import java.util.List;

/**
 * SPI: KPIs kept by a module above the engine (coaching sessions, knowledge readiness…),
 * listed in the catalogue after the engine's own and computed by the module that owns
 * their data. The engine calls {@link #value} only for a scope that passed the rights
 * rule ({@link Kpis#check}); codes must not collide with the engine's. Names and formula
 * are translated under {@link KpiDefinition#nameKey()} and
 * {@link KpiDefinition#formulaKey()} in the contributor's bundle. The engine keeps the
 * values it got for a scope and period for a short time
 * ({@code salesteam.performance.cache.customer-ttl}, 10 seconds by default, as the
 * customer figures of ADR 0015): a change shows on the dashboards within that time. (ADR
 * 0031)
 */
public interface KpiContributor {

	/** The KPIs this module computes, in the order the catalogue lists them. */
	List<KpiDefinition> definitions();

	/**
	 * The value of one of {@link #definitions()} for a checked scope and period; a scope
	 * the KPI does not apply to (e.g. an account scope for a per-rep KPI) is undefined:
	 * value, numerator and denominator {@code null}.
	 */
	KpiValue value(KpiDefinition definition, KpiScope scope, KpiPeriod period);

	/**
	 * The values of several of {@link #definitions()} for one scope and period, in the
	 * order asked: the engine asks once per contributor, scope and period, so that a
	 * contributor reads its data once for all its KPIs (a dashboard asks every KPI for
	 * three periods). The default asks {@link #value} for each.
	 */
	default List<KpiValue> values(List<KpiDefinition> asked, KpiScope scope, KpiPeriod period) {
		return asked.stream().map((definition) -> value(definition, scope, period)).toList();
	}

}
