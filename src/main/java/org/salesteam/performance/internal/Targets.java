package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiTargets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks the {@link KpiTargets} beans, if any, for a target: the first non-empty answer
 * counts; none means no target.
 */
@Component
public class Targets {

	private final ObjectProvider<KpiTargets> targets;

	Targets(ObjectProvider<KpiTargets> targets) {
		this.targets = targets;
	}

	public Optional<BigDecimal> find(String goalType, KpiScope scope, KpiPeriod period) {
		return this.targets.orderedStream()
			.map((t) -> t.target(goalType, scope, period.from(), period.to()))
			.flatMap(Optional::stream)
			.findFirst();
	}

}
