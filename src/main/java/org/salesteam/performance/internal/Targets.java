package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiTargets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Asks the {@link KpiTargets} beans, if any, for a target: the first non-empty answer
 * counts; none means no target. Answers are kept as briefly as the customer figures
 * ({@code salesteam.performance.cache.customer-ttl}, default 10 seconds): goals change
 * without any rollup changing, and a dashboard asks each scope's targets for three
 * periods on every view (550 goal reads in 15 s of a ten-user load test, the largest wait
 * of the KPI path). A goal approved now counts within that time.
 */
@Component
public class Targets {

	private final ObjectProvider<KpiTargets> targets;

	private final FigureCache answers;

	Targets(ObjectProvider<KpiTargets> targets,
			@Value("${salesteam.performance.cache.customer-ttl:PT10S}") Duration ttl) {
		this.targets = targets;
		this.answers = new FigureCache(100_000, ttl);
	}

	public Optional<BigDecimal> find(String goalType, KpiScope scope, KpiPeriod period) {
		return this.answers.get(new FigureCache.Key("target:" + goalType, scope.format(), period, 0),
				() -> this.targets.orderedStream()
					.map((t) -> t.target(goalType, scope, period.from(), period.to()))
					.flatMap(Optional::stream)
					.findFirst());
	}

}
