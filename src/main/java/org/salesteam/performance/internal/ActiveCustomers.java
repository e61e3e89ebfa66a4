package org.salesteam.performance.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The active customers of a scope and period (at least one placed order), reduced to what
 * the KPIs need: their ids in ascending order and the sales of the largest ⌈20 % × active
 * customers⌉ of them. Immutable but for memos of the last overlap and kept revenue asked
 * for: instances are shared through the {@link FigureCache} for a rollup generation, and
 * every dashboard asks the same period for its overlap with the same previous period
 * (retention, loss).
 */
final class ActiveCustomers implements FigureCache.Weighed {

	private final long[] ids;

	/** The sales of each customer, in the order of {@link #ids}. */
	private final BigDecimal[] sales;

	private final BigDecimal top20Sales;

	private volatile Overlap lastOverlap;

	private volatile Kept lastKept;

	private record Overlap(ActiveCustomers other, long count) {
	}

	private record Kept(ActiveCustomers previous, RevenueKept revenue) {
	}

	/**
	 * What the previous period's customers bought in this one: their sales then
	 * ({@code base}), now ({@code kept}) and now capped at then for each customer
	 * ({@code capped}) — REVENUE_RETENTION is kept ÷ base, GROSS_REVENUE_RETENTION capped
	 * ÷ base.
	 */
	record RevenueKept(BigDecimal base, BigDecimal kept, BigDecimal capped) {
	}

	ActiveCustomers(long[] ids, BigDecimal[] sales, BigDecimal top20Sales) {
		this.ids = ids;
		this.sales = sales;
		this.top20Sales = top20Sales;
	}

	/**
	 * From customer → sales, largest sales first ({@link OrderFigures#customerSales}).
	 */
	static ActiveCustomers of(Map<Long, BigDecimal> largestFirst) {
		List<BigDecimal> sales = List.copyOf(largestFirst.values());
		int top = (sales.size() + 4) / 5;
		BigDecimal top20 = sales.stream().limit(top).reduce(BigDecimal.ZERO, BigDecimal::add);
		long[] ids = largestFirst.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
		BigDecimal[] byId = new BigDecimal[ids.length];
		for (int i = 0; i < ids.length; i++) {
			byId[i] = largestFirst.get(ids[i]);
		}
		return new ActiveCustomers(ids, byId, top20);
	}

	int count() {
		return this.ids.length;
	}

	BigDecimal top20Sales() {
		return this.top20Sales;
	}

	/**
	 * How many of these customers are also in {@code other}: one walk along both sorted
	 * lists.
	 */
	long alsoIn(ActiveCustomers other) {
		Overlap memo = this.lastOverlap;
		if (memo != null && memo.other() == other) {
			return memo.count();
		}
		long both = 0;
		for (int i = 0, j = 0; i < this.ids.length && j < other.ids.length;) {
			int order = Long.compare(this.ids[i], other.ids[j]);
			both += (order == 0) ? 1 : 0;
			i += (order <= 0) ? 1 : 0;
			j += (order >= 0) ? 1 : 0;
		}
		this.lastOverlap = new Overlap(other, both);
		return both;
	}

	/**
	 * The revenue this period kept from the customers active in {@code previous}: one
	 * walk along both sorted lists, remembered for the last {@code previous} like
	 * {@link #alsoIn} (both retention KPIs of every dashboard ask it; the M benchmark's
	 * profile found a tenth of the page's CPU here before).
	 */
	RevenueKept keptFrom(ActiveCustomers previous) {
		Kept memo = this.lastKept;
		if (memo != null && memo.previous() == previous) {
			return memo.revenue();
		}
		RevenueKept revenue = walkKept(previous);
		this.lastKept = new Kept(previous, revenue);
		return revenue;
	}

	private RevenueKept walkKept(ActiveCustomers previous) {
		BigDecimal base = BigDecimal.ZERO;
		BigDecimal kept = BigDecimal.ZERO;
		BigDecimal capped = BigDecimal.ZERO;
		int i = 0;
		for (int j = 0; j < previous.ids.length; j++) {
			BigDecimal then = previous.sales[j];
			base = base.add(then);
			while (i < this.ids.length && this.ids[i] < previous.ids[j]) {
				i++;
			}
			if (i < this.ids.length && this.ids[i] == previous.ids[j]) {
				kept = kept.add(this.sales[i]);
				capped = capped.add(this.sales[i].min(then));
			}
		}
		return new RevenueKept(base, kept, capped);
	}

	@Override
	public int weight() {
		return this.ids.length;
	}

}
