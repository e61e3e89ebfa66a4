package org.salesteam.motivation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.salesteam.performance.Kpis;
import org.salesteam.performance.SalesSlice;
import org.salesteam.platform.BusinessRuleException;

/**
 * A contest's KPI filters (ADR 0046): one product category, one customer class (A, B or
 * C), one market segment, only customers won in the window; each optional. Only the KPIs
 * of {@link Kpis#SLICEABLE} (sales, profit, order count) are computed under a filter; for
 * any other KPI a filter is refused with 422 naming it ({@code filters.<name>}), as is an
 * unknown name or a value of the wrong kind.
 */
public record ContestFilters(String productCategory, String customerClass, Long segmentId, boolean newCustomersOnly) {

	static final ContestFilters NONE = new ContestFilters(null, null, null, false);

	private static final Set<String> CLASSES = Set.of("A", "B", "C");

	/** The filters of an API body or form ({@code null} or empty: none), validated. */
	static ContestFilters parse(Map<String, Object> filters, String kpiCode) {
		if (filters == null) {
			return NONE;
		}
		String category = null;
		String customerClass = null;
		Long segment = null;
		boolean newOnly = false;
		for (Map.Entry<String, Object> filter : filters.entrySet()) {
			Object value = filter.getValue();
			if (value == null || "".equals(value)) {
				continue;
			}
			switch (filter.getKey()) {
				case "productCategory" -> category = text(value, 100, filter.getKey());
				case "customerClass" -> customerClass = text(value, 1, filter.getKey());
				case "segmentId" -> segment = number(value, filter.getKey());
				case "newCustomersOnly" -> newOnly = flag(value, filter.getKey());
				default -> throw refused(filter.getKey(), "unknown");
			}
		}
		if (customerClass != null && !CLASSES.contains(customerClass)) {
			throw refused("customerClass", "customerClass");
		}
		ContestFilters parsed = new ContestFilters(category, customerClass, segment, newOnly);
		if (parsed.any() && !Kpis.SLICEABLE.contains(kpiCode)) {
			throw refused(parsed.asMap().keySet().iterator().next(), "notSliceable");
		}
		return parsed;
	}

	/** Whether any filter is set. */
	public boolean any() {
		return this.productCategory != null || this.customerClass != null || this.segmentId != null
				|| this.newCustomersOnly;
	}

	/** The filters set, by name, in the API's spelling. */
	public Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		if (this.productCategory != null) {
			map.put("productCategory", this.productCategory);
		}
		if (this.customerClass != null) {
			map.put("customerClass", this.customerClass);
		}
		if (this.segmentId != null) {
			map.put("segmentId", this.segmentId);
		}
		if (this.newCustomersOnly) {
			map.put("newCustomersOnly", true);
		}
		return map;
	}

	/** The engine's slice of these filters, over one customer when {@code customerId}. */
	SalesSlice slice(Long customerId) {
		return new SalesSlice(customerId, this.segmentId, this.productCategory, this.customerClass,
				this.newCustomersOnly);
	}

	private static String text(Object value, int max, String name) {
		String text = String.valueOf(value).trim();
		if (!(value instanceof String) || text.isEmpty() || text.length() > max) {
			throw refused(name, name);
		}
		return text;
	}

	private static Long number(Object value, String name) {
		long parsed;
		try {
			parsed = (value instanceof Number number) ? number.longValue()
					: Long.parseLong(String.valueOf(value).trim());
		}
		catch (NumberFormatException ex) {
			throw refused(name, name);
		}
		if (parsed <= 0) {
			throw refused(name, name);
		}
		return parsed;
	}

	private static boolean flag(Object value, String name) {
		if (value instanceof Boolean bool) {
			return bool;
		}
		String text = String.valueOf(value).trim();
		if ("true".equalsIgnoreCase(text) || "on".equalsIgnoreCase(text)) {
			return true;
		}
		if ("false".equalsIgnoreCase(text)) {
			return false;
		}
		throw refused(name, name);
	}

	private static BusinessRuleException refused(String name, String reason) {
		return BusinessRuleException.onField("filters." + name, "motivation.error.filters." + reason);
	}

}
