package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
		return this.answers.get(key(goalType, scope, period),
				() -> this.targets.orderedStream()
					.map((t) -> t.target(goalType, scope, period.from(), period.to()))
					.flatMap(Optional::stream)
					.findFirst());
	}

	/**
	 * Reads the targets of every scope not kept yet in one batch per {@link KpiTargets}
	 * bean ({@link KpiTargets#targets}) and keeps them as {@link #find} would, so that a
	 * comparison of a thousand reps reads its goals with a handful of queries (ADR 0055).
	 */
	void prefetch(String goalType, List<KpiScope> scopes, KpiPeriod period) {
		List<KpiScope> missing = scopes.stream()
			.filter((scope) -> !this.answers.has(key(goalType, scope, period)))
			.distinct()
			.toList();
		if (missing.size() < 2) {
			return;
		}
		Map<KpiScope, BigDecimal> found = new HashMap<>();
		this.targets.orderedStream()
			.forEach((bean) -> bean.targets(goalType, missing, period.from(), period.to()).forEach(found::putIfAbsent));
		missing.forEach(
				(scope) -> this.answers.get(key(goalType, scope, period), () -> Optional.ofNullable(found.get(scope))));
	}

	private static FigureCache.Key key(String goalType, KpiScope scope, KpiPeriod period) {
		return new FigureCache.Key("target:" + goalType, scope.format(), period, 0);
	}

}
