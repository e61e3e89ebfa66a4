package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salesteam.performance.KpiContributor;
import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.SalesSlice;
import org.salesteam.performance.VisibleScope;
import org.salesteam.platform.BusinessRuleException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Kpis}: resolves the scope, then computes each KPI asked for from figures read
 * once per request ({@link KpiComputation}). {@code salesteam.performance.hourly-cost} is
 * the cost of an hour of a rep's logged time in CNY (default 100) for RETURN_ON_TIME. The
 * KPIs of other modules ({@link KpiContributor}) follow the engine's own in the catalogue
 * and are computed by their module for the same checked scope.
 */
@Service
class KpiEngine implements Kpis {

	private final ScopeResolver scopes;

	private final RollupFigures figures;

	private final Targets targets;

	private final ScopeAccess access;

	private final BigDecimal hourlyCost;

	private final Clock clock;

	private final SliceFigures slices;

	/** Contributed KPIs by code, each with the module that computes it. */
	private final Map<String, KpiContributor> contributed = new LinkedHashMap<>();

	private final List<KpiDefinition> catalog = new ArrayList<>(KpiCatalog.all());

	KpiEngine(SliceFigures slices, ScopeResolver scopes, RollupFigures figures, Targets targets, ScopeAccess access,
			@Value("${salesteam.performance.hourly-cost:100}") BigDecimal hourlyCost, Clock clock,
			List<KpiContributor> contributors) {
		for (KpiContributor contributor : contributors) {
			for (KpiDefinition definition : contributor.definitions()) {
				if (KpiCatalog.find(definition.code()).isPresent()
						|| this.contributed.putIfAbsent(definition.code(), contributor) != null) {
					throw new IllegalStateException("KPI code contributed twice: " + definition.code());
				}
				this.catalog.add(definition);
			}
		}
		this.slices = slices;
		this.hourlyCost = hourlyCost;
		this.clock = clock;
		this.scopes = scopes;
		this.figures = figures;
		this.targets = targets;
		this.access = access;
	}

	@Override
	public List<KpiDefinition> catalog() {
		return List.copyOf(this.catalog);
	}

	@Override
	public Optional<KpiDefinition> find(String code) {
		return (code == null) ? Optional.empty()
				: this.catalog.stream().filter((definition) -> definition.code().equals(code)).findFirst();
	}

	@Override
	public VisibleScope check(KpiViewer viewer, KpiScope scope) {
		return this.access.check(viewer, scope);
	}

	@Override
	public List<VisibleScope> checkAll(KpiViewer viewer, List<KpiScope> scopes) {
		return this.access.checkAll(viewer, scopes);
	}

	@Override
	@Transactional(readOnly = true)
	public List<KpiValue> compute(VisibleScope scope, KpiPeriod period, Collection<String> codes) {
		ScopeFilter filter = this.scopes.resolve(scope);
		return values(filter, this.figures.of(filter), period, definitions(codes));
	}

	/**
	 * {@link #compute} for each of many scopes (a comparison table), in their order: the
	 * scopes are resolved and the rollup generations read once for all of them, the rep
	 * scopes' figures and every scope's goal targets in batches (ADR 0055).
	 */
	@Override
	@Transactional(readOnly = true)
	public List<List<KpiValue>> computeEach(List<VisibleScope> scopes, KpiPeriod period, Collection<String> codes) {
		List<KpiDefinition> asked = definitions(codes);
		List<ScopeFilter> filters = this.scopes.resolveAll(scopes);
		List<RollupFigures.Scoped> figures = this.figures.of(filters);
		List<KpiScope> asScopes = scopes.stream().map(VisibleScope::scope).toList();
		for (KpiDefinition definition : asked) {
			String goalType = KpiComputation.GOAL_TYPES.get(definition.code());
			if (goalType != null) {
				this.targets.prefetch(goalType, asScopes, period);
			}
		}
		List<List<KpiValue>> values = new ArrayList<>();
		for (int i = 0; i < filters.size(); i++) {
			values.add(values(filters.get(i), figures.get(i), period, asked));
		}
		return values;
	}

	private List<KpiValue> values(ScopeFilter filter, RollupFigures.Scoped figures, KpiPeriod period,
			List<KpiDefinition> asked) {
		KpiComputation computation = new KpiComputation(filter, period, figures, this.targets::find,
				new KpiComputation.FieldWork(this.hourlyCost, LocalDate.now(this.clock)));
		Map<KpiContributor, List<KpiDefinition>> byContributor = new LinkedHashMap<>();
		for (KpiDefinition definition : asked) {
			KpiContributor contributor = this.contributed.get(definition.code());
			if (contributor != null) {
				byContributor.computeIfAbsent(contributor, (c) -> new ArrayList<>()).add(definition);
			}
		}
		Map<String, KpiValue> contributedValues = new HashMap<>();
		byContributor.forEach(
				(contributor, definitions) -> figures
					.contributed(
							contributor.getClass().getName() + ":"
									+ definitions.stream().map(KpiDefinition::code).toList(),
							period, () -> contributor.values(definitions, filter.scope(), period))
					.forEach((value) -> contributedValues.put(value.code(), value)));
		List<KpiValue> values = new ArrayList<>();
		for (KpiDefinition definition : asked) {
			KpiValue contributed = contributedValues.get(definition.code());
			values.add((contributed != null) ? contributed : computation.value(definition));
		}
		return values;
	}

	@Override
	@Transactional(readOnly = true)
	public BigDecimal sales(VisibleScope scope, KpiPeriod period, SalesSlice slice) {
		return this.slices.sales(this.scopes.resolve(scope), period, slice);
	}

	@Override
	@Transactional(readOnly = true)
	public BigDecimal sliced(VisibleScope scope, KpiPeriod period, String code, SalesSlice slice) {
		return this.slices.figure(this.scopes.resolve(scope), period, code, slice);
	}

	private List<KpiDefinition> definitions(Collection<String> codes) {
		if (codes == null || codes.isEmpty()) {
			return catalog();
		}
		List<KpiDefinition> asked = new ArrayList<>();
		for (String code : codes) {
			asked.add(find(code)
				.orElseThrow(() -> BusinessRuleException.onField("codes", "performance.error.unknownCode", code)));
		}
		return asked;
	}

}
