package org.salesteam.performance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The KPI engine for other modules: the catalogue and the values of KPIs for a scope and
 * an inclusive date range by order date, always on behalf of a viewer. Figures are
 * computed only for a {@link VisibleScope}, which only {@link #check} gives out: no
 * caller can get a scope its viewer may not see.
 */
public interface Kpis {

	/** KPI codes of the catalogue, as constants for callers. */
	final class Codes {

		public static final String SALES = "SALES";

		public static final String PROFIT = "PROFIT";

		public static final String MARGIN_RATE = "MARGIN_RATE";

		public static final String ORDERS = "ORDERS";

		public static final String AVG_ORDER_VALUE = "AVG_ORDER_VALUE";

		public static final String ORDER_CANCELLATION_RATE = "ORDER_CANCELLATION_RATE";

		public static final String ACTIVE_CUSTOMERS = "ACTIVE_CUSTOMERS";

		public static final String NEW_CUSTOMERS = "NEW_CUSTOMERS";

		public static final String AVG_SALES_PER_CUSTOMER = "AVG_SALES_PER_CUSTOMER";

		public static final String RETENTION_RATE = "RETENTION_RATE";

		public static final String CUSTOMER_LOSS_RATE = "CUSTOMER_LOSS_RATE";

		public static final String REVENUE_RETENTION = "REVENUE_RETENTION";

		public static final String GROSS_REVENUE_RETENTION = "GROSS_REVENUE_RETENTION";

		public static final String SALES_VS_PRIOR = "SALES_VS_PRIOR";

		public static final String TOP20_SHARE = "TOP20_SHARE";

		public static final String PENETRATION = "PENETRATION";

		public static final String NEW_CUSTOMER_CONVERSION = "NEW_CUSTOMER_CONVERSION";

		public static final String WIN_RATE = "WIN_RATE";

		public static final String SALES_VS_GOAL = "SALES_VS_GOAL";

		public static final String CUSTOMERS_VS_GOAL = "CUSTOMERS_VS_GOAL";

		public static final String VISITS = "VISITS";

		public static final String VISITS_PER_DAY = "VISITS_PER_DAY";

		public static final String VISITS_PER_CUSTOMER = "VISITS_PER_CUSTOMER";

		public static final String VISITS_PER_NEW_CUSTOMER = "VISITS_PER_NEW_CUSTOMER";

		public static final String PROSPECT_VISIT_SHARE = "PROSPECT_VISIT_SHARE";

		public static final String AVG_VISIT_MINUTES = "AVG_VISIT_MINUTES";

		public static final String PRESENTATION_MINUTES = "PRESENTATION_MINUTES";

		public static final String SALES_PER_VISIT = "SALES_PER_VISIT";

		public static final String PROFIT_PER_VISIT = "PROFIT_PER_VISIT";

		public static final String SELLING_TIME_RATIO = "SELLING_TIME_RATIO";

		public static final String COST_PER_VISIT = "COST_PER_VISIT";

		public static final String SALES_COST_RATIO = "SALES_COST_RATIO";

		public static final String RETURN_ON_TIME = "RETURN_ON_TIME";

		public static final String PROSPECT_CALLS = "PROSPECT_CALLS";

		public static final String PROSPECT_LETTERS = "PROSPECT_LETTERS";

		public static final String PROPOSALS = "PROPOSALS";

		public static final String COMPLAINTS_RESOLVED = "COMPLAINTS_RESOLVED";

		public static final String SERVICE_VISITS = "SERVICE_VISITS";

		public static final String RECEIVABLES_COLLECTED = "RECEIVABLES_COLLECTED";

		private Codes() {
		}

	}

	/** Every KPI, in the catalogue's order. */
	List<KpiDefinition> catalog();

	Optional<KpiDefinition> find(String code);

	/**
	 * The rights rule, in this one place: whether the viewer may see the scope's figures.
	 * Directors and admins see every scope; a manager the teams they manage (and those
	 * teams' key accounts), the reps they see and themselves; a rep themselves; anyone a
	 * customer they see ({@code customer:{id}}: by its owner or on its account team); the
	 * company, territories and segments are for directors and admins; the application
	 * itself ({@link KpiViewer#system}) sees everything.
	 * @throws org.springframework.security.access.AccessDeniedException when the viewer
	 * may not see it (403); an unknown team or rep is simply not visible to those who may
	 * not see all, and not found (404) for those who may, when computed
	 */
	VisibleScope check(KpiViewer viewer, KpiScope scope);

	/** {@link #check} for many scopes at once (a comparison table, a peer group). */
	List<VisibleScope> checkAll(KpiViewer viewer, List<KpiScope> scopes);

	/**
	 * {@link #compute(VisibleScope, KpiPeriod, Collection)} for each of many scopes, in
	 * their order: the scopes are resolved and the rollups read once for all of them, so
	 * a whole peer group costs about as much as one scope.
	 */
	List<List<KpiValue>> computeEach(List<VisibleScope> scopes, KpiPeriod period, Collection<String> codes);

	/**
	 * The values of these KPIs (all of the catalogue when {@code codes} is empty) in the
	 * order asked. An unknown code is a
	 * {@link org.salesteam.platform.BusinessRuleException} on {@code codes}; an unknown
	 * team, territory, rep, customer or segment a
	 * {@link org.salesteam.platform.NotFoundException}.
	 */
	List<KpiValue> compute(VisibleScope scope, KpiPeriod period, Collection<String> codes);

	/** One KPI's value. */
	default KpiValue compute(VisibleScope scope, KpiPeriod period, String code) {
		return compute(scope, period, List.of(code)).get(0);
	}

	/** {@link #check}, then {@link #compute(VisibleScope, KpiPeriod, Collection)}. */
	default List<KpiValue> compute(KpiViewer viewer, KpiScope scope, KpiPeriod period, Collection<String> codes) {
		return compute(check(viewer, scope), period, codes);
	}

	/** {@link #check}, then one KPI's value. */
	default KpiValue compute(KpiViewer viewer, KpiScope scope, KpiPeriod period, String code) {
		return compute(check(viewer, scope), period, code);
	}

	/**
	 * Sales (net line amounts of orders not cancelled, by order date) of a part of the
	 * scope's sales in the period; zero when there are none. Read from the order lines:
	 * the rollups do not break down by product.
	 */
	BigDecimal sales(VisibleScope scope, KpiPeriod period, SalesSlice slice);

	/** The KPIs {@link #sliced} computes under a {@link SalesSlice}. */
	java.util.Set<String> SLICEABLE = java.util.Set.of(Codes.SALES, Codes.PROFIT, Codes.ORDERS);

	/**
	 * SALES (net line amounts), PROFIT (net line amounts − line costs) or ORDERS (placed
	 * orders with at least one line in the slice) of a part of the scope's sales in the
	 * period, read from the placed orders' lines; zero when there are none. Without a
	 * restriction it equals the KPI. Other codes: {@code IllegalArgumentException}.
	 */
	BigDecimal sliced(VisibleScope scope, KpiPeriod period, String code, SalesSlice slice);

}
