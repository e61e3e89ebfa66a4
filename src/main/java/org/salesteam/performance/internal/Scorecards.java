package org.salesteam.performance.internal;

import java.util.ArrayList;
import java.util.List;

import org.salesteam.performance.KpiDefinition;
import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.VisibleScope;
import org.salesteam.performance.Kpis;

import org.springframework.stereotype.Service;

/**
 * A scope's scorecard: each KPI now, in the previous period and in the same period last
 * year; and the comparison of several scopes (reps of a team, teams, territories) on a
 * few KPIs.
 */
@Service
public class Scorecards {

	/** One KPI of a scorecard. */
	public record Line(KpiDefinition definition, KpiValue now, KpiValue previous, KpiValue lastYear) {
	}

	/** One scope's values of the compared KPIs, in the order asked. */
	public record Compared(ScopeChoices.Choice scope, List<KpiValue> values) {
	}

	/** The KPIs the comparison tables show. */
	public static final List<String> COMPARED = List.of(Kpis.Codes.SALES, Kpis.Codes.PROFIT, Kpis.Codes.MARGIN_RATE,
			Kpis.Codes.ORDERS, Kpis.Codes.ACTIVE_CUSTOMERS, Kpis.Codes.NEW_CUSTOMERS, Kpis.Codes.SALES_VS_PRIOR,
			Kpis.Codes.WIN_RATE, Kpis.Codes.VISITS, Kpis.Codes.SALES_PER_VISIT);

	private final KpiEngine engine;

	Scorecards(KpiEngine engine) {
		this.engine = engine;
	}

	public List<Line> of(VisibleScope scope, KpiPeriod period) {
		List<KpiValue> now = this.engine.compute(scope, period, List.of());
		List<String> codes = now.stream().map(KpiValue::code).toList();
		List<KpiValue> previous = this.engine.compute(scope, period.previous(), codes);
		List<KpiValue> lastYear = this.engine.compute(scope, period.lastYear(), codes);
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < now.size(); i++) {
			lines.add(new Line(this.engine.find(codes.get(i)).orElseThrow(), now.get(i), previous.get(i),
					lastYear.get(i)));
		}
		return lines;
	}

	/**
	 * The compared KPIs of each scope, sorted by one of them ({@code sortCode}, undefined
	 * values last), largest first unless {@code ascending}.
	 */
	public List<Compared> compare(KpiViewer viewer, List<ScopeChoices.Choice> scopes, KpiPeriod period, String sortCode,
			boolean ascending) {
		List<VisibleScope> visible = this.engine.checkAll(viewer,
				scopes.stream().map(ScopeChoices.Choice::scope).toList());
		List<List<KpiValue>> values = this.engine.computeEach(visible, period, COMPARED);
		List<Compared> rows = new ArrayList<>();
		for (int i = 0; i < scopes.size(); i++) {
			rows.add(new Compared(scopes.get(i), values.get(i)));
		}
		int index = Math.max(0, COMPARED.indexOf(sortCode));
		java.util.Comparator<java.math.BigDecimal> order = ascending ? java.util.Comparator.naturalOrder()
				: java.util.Comparator.reverseOrder();
		rows.sort(java.util.Comparator.comparing((Compared row) -> row.values().get(index).value(),
				java.util.Comparator.nullsLast(order)));
		return rows;
	}

}
