package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.VisibleScope;
import org.salesteam.performance.KpiScope;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.sales.OrderStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drill-down: the orders, customers or opportunities behind a KPI's numerator or
 * denominator, by the same rules as the KPI itself, a page at a time. The caller checks
 * that the scope is visible.
 */
@Service
public class KpiRecords {

	/** One record: an order, a customer or an opportunity, with the amount it adds. */
	public record Item(long id, String label, String customerName, LocalDate date, String status, BigDecimal amount,
			BigDecimal cost) {
	}

	/** A page of records; {@code nextPage} null on the last. */
	public record Page(String code, String side, String kind, List<Item> items, int page, Integer nextPage,
			long total) {
	}

	private final ScopeResolver scopes;

	private final OrderFigures orders;

	private final CustomerFigures customers;

	private final RecordQueries queries;

	KpiRecords(ScopeResolver scopes, OrderFigures orders, CustomerFigures customers, RecordQueries queries) {
		this.scopes = scopes;
		this.orders = orders;
		this.customers = customers;
		this.queries = queries;
	}

	@Transactional(readOnly = true)
	public Page records(VisibleScope scope, KpiPeriod period, String code, boolean denominator, int page, int size) {
		if (KpiCatalog.find(code).isEmpty()) {
			throw new org.salesteam.platform.NotFoundException("kpi", code);
		}
		if (page < 0 || size < 1 || size > 200) {
			throw BusinessRuleException.onField("size", "performance.error.page");
		}
		ScopeFilter filter = this.scopes.resolve(scope);
		RecordSet set = RecordSet.of(code, denominator);
		String side = denominator ? "denominator" : "numerator";
		return switch (set.kind()) {
			case ORDERS -> orders(code, side, filter, period, set, page, size);
			case CUSTOMERS -> customers(code, side, filter, period, set, page, size);
			case OPPORTUNITIES ->
				this.queries.opportunities(code, side, filter, period, set == RecordSet.WON, page, size);
			case NONE -> new Page(code, side, set.kind().name(), List.of(), 0, null, 0);
		};
	}

	private Page orders(String code, String side, ScopeFilter filter, KpiPeriod period, RecordSet set, int page,
			int size) {
		List<String> statuses = switch (set) {
			case ALL_ORDERS -> withCancelled();
			case CANCELLED_ORDERS -> List.of(OrderStatus.CANCELLED.name());
			default -> OrderStatus.PLACED;
		};
		KpiPeriod of = (set == RecordSet.PREVIOUS_ORDERS) ? period.previous() : period;
		return this.queries.orders(code, side, filter, of, statuses, page, size);
	}

	private static List<String> withCancelled() {
		List<String> statuses = new ArrayList<>(OrderStatus.PLACED);
		statuses.add(OrderStatus.CANCELLED.name());
		return statuses;
	}

	private Page customers(String code, String side, ScopeFilter filter, KpiPeriod period, RecordSet set, int page,
			int size) {
		Map<Long, BigDecimal> ids = customerIds(filter, period, set);
		List<Long> all = new ArrayList<>(ids.keySet());
		int from = Math.min(all.size(), page * size);
		int to = Math.min(all.size(), from + size);
		Map<Long, BigDecimal> shown = new LinkedHashMap<>();
		all.subList(from, to).forEach((id) -> shown.put(id, ids.get(id)));
		return new Page(code, side, RecordSet.Kind.CUSTOMERS.name(), this.queries.customers(shown), page,
				(to < all.size()) ? page + 1 : null, all.size());
	}

	/** The customers of a set, with their sales of the period where the set has them. */
	private Map<Long, BigDecimal> customerIds(ScopeFilter filter, KpiPeriod period, RecordSet set) {
		Map<Long, BigDecimal> now = this.orders.customerSales(filter, period);
		return switch (set) {
			case ACTIVE -> now;
			case NEW -> only(now, this.orders.newCustomerIds(filter, period));
			case RETAINED -> only(now, this.orders.customerSales(filter, period.previous()).keySet());
			case PREVIOUS_ACTIVE -> this.orders.customerSales(filter, period.previous());
			case LOST -> without(this.orders.customerSales(filter, period.previous()), now.keySet());
			case TOP20 -> top(now, (now.size() + 4) / 5);
			case ASSIGNED -> nulls(this.customers.assignedIds(filter, period));
			case CONVERTED -> nulls(this.customers.convertedIds(filter, period));
			case CANDIDATES -> nulls(this.customers.candidateIds(filter, period));
			default -> throw new IllegalArgumentException(set.name());
		};
	}

	private static Map<Long, BigDecimal> only(Map<Long, BigDecimal> customers, java.util.Collection<Long> keep) {
		Map<Long, BigDecimal> result = new LinkedHashMap<>(customers);
		result.keySet().retainAll(new java.util.HashSet<>(keep));
		return result;
	}

	private static Map<Long, BigDecimal> without(Map<Long, BigDecimal> customers, java.util.Set<Long> drop) {
		Map<Long, BigDecimal> result = new LinkedHashMap<>(customers);
		result.keySet().removeAll(drop);
		return result;
	}

	private static Map<Long, BigDecimal> top(Map<Long, BigDecimal> largestFirst, int count) {
		Map<Long, BigDecimal> result = new LinkedHashMap<>();
		largestFirst.entrySet().stream().limit(count).forEach((e) -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	private static Map<Long, BigDecimal> nulls(List<Long> ids) {
		Map<Long, BigDecimal> result = new LinkedHashMap<>();
		ids.forEach((id) -> result.put(id, null));
		return result;
	}

}
