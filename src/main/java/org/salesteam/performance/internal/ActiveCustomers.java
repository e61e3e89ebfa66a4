package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The active customers of a scope and period (at least one placed order), reduced to what
 * the KPIs need: their ids in ascending order and the sales of the largest ⌈20 % × active
 * customers⌉ of them.
 */
record ActiveCustomers(long[] ids, BigDecimal top20Sales) implements FigureCache.Weighed {

	/**
	 * From customer → sales, largest sales first ({@link OrderFigures#customerSales}).
	 */
	static ActiveCustomers of(Map<Long, BigDecimal> largestFirst) {
		List<BigDecimal> sales = List.copyOf(largestFirst.values());
		int top = (sales.size() + 4) / 5;
		BigDecimal top20 = sales.stream().limit(top).reduce(BigDecimal.ZERO, BigDecimal::add);
		long[] ids = largestFirst.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
		return new ActiveCustomers(ids, top20);
	}

	int count() {
		return this.ids.length;
	}

	/** How many of these customers are also in {@code other}. */
	long alsoIn(ActiveCustomers other) {
		return Arrays.stream(this.ids).filter((id) -> Arrays.binarySearch(other.ids, id) >= 0).count();
	}

	@Override
	public int weight() {
		return this.ids.length;
	}

}
