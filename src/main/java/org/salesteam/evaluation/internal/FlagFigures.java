package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.OrderFiguresGeneration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures behind the flags that need per-customer, per-visit and per-product reads,
 * for every rep at once (four queries for the whole company, whatever its size):
 * <ul>
 * <li>{@code TOP3_SHARE}: the rep's three largest customers' share of the rep's sales in
 * the period (placed orders — CONFIRMED, DELIVERED — by order owner, as the KPI engine's
 * SALES);</li>
 * <li>{@code SMALL_ACCOUNT_SHARE}: the share of the rep's accounts (customers owned now,
 * lost ones left out) that are C-class or prospects; {@code SMALL_VISIT_SHARE}: the share
 * of the rep's completed visits in the period to C-class customers or to prospects (as
 * the customer was at the visit);</li>
 * <li>{@code LOW_MARGIN_SHARE}: the share of the rep's order-line sales in products of
 * the company's lowest-margin quartile, {@code COMPANY_LOW_MARGIN_SHARE} the same share
 * for the whole company. The quartile: the products sold in the period ranked by margin
 * rate (Σ (net − cost) ÷ Σ net) ascending; the first ⌈n ÷ 4⌉, and any tied with the last
 * of them.</li>
 * </ul>
 * Shares are 0–1 with four decimals; a share with a zero denominator is absent.
 * <p>
 * The two order figures (TOP3 and the low-margin shares) read a year of orders and order
 * lines: 0.5 s at scale M, on every scorecard request. They depend on placed orders only
 * (orders keep their owner when a customer moves), so they are kept per period and
 * {@link OrderFiguresGeneration}: a placed, cancelled or imported order shows at the next
 * request. The account and visit shares also depend on customer classes, which change
 * without a new generation, so they are read on every request (≈ 80 ms at M).
 */
@Component
class FlagFigures {

	static final String TOP3_SHARE = "TOP3_SHARE";

	static final String SMALL_ACCOUNT_SHARE = "SMALL_ACCOUNT_SHARE";

	static final String SMALL_VISIT_SHARE = "SMALL_VISIT_SHARE";

	static final String LOW_MARGIN_SHARE = "LOW_MARGIN_SHARE";

	static final String COMPANY_LOW_MARGIN_SHARE = "COMPANY_LOW_MARGIN_SHARE";

	/** Sales of one owner (0: none) in one customer or product, and its cost. */
	record Sold(long ownerId, long itemId, BigDecimal sales, BigDecimal cost) {
	}

	private record Split(long repId, long total, long small) {
	}

	/** The order figures of one period at one generation. */
	private record OrderShares(Map<Long, BigDecimal> topThree, LowMargin lowMargin) {
	}

	private record Key(KpiPeriod period, long generation) {
	}

	private final JdbcClient jdbc;

	private final OrderFiguresGeneration generation;

	/** A few periods (the scorecard's, the trend's) × the last generations. */
	private final Cache<Key, OrderShares> orderShares = Caffeine.newBuilder()
		.maximumSize(64)
		.expireAfterWrite(Duration.ofMinutes(15))
		.build();

	FlagFigures(JdbcClient jdbc, OrderFiguresGeneration generation) {
		this.jdbc = jdbc;
		this.generation = generation;
	}

	/** Rep id → figure code → share. */
	Map<Long, Map<String, BigDecimal>> of(KpiPeriod period) {
		// the generation first: figures kept under g never miss a commit that raised it
		OrderShares orders = this.orderShares.get(new Key(period, this.generation.current()),
				(key) -> readOrderShares(period));
		Map<Long, Map<String, BigDecimal>> figures = new HashMap<>();
		orders.topThree().forEach((rep, share) -> put(figures, rep, TOP3_SHARE, share));
		this.jdbc.sql("""
				select owner_id as rep_id, count(*) as total,
				       sum(case when customer_class = 'C' or status = 'PROSPECT' then 1 else 0 end) as small
				from customer where owner_id is not null and status <> 'LOST' group by owner_id""")
			.query(Split.class)
			.list()
			.forEach((split) -> put(figures, split.repId(), SMALL_ACCOUNT_SHARE, share(split.small(), split.total())));
		this.jdbc.sql("""
				select v.rep_id, count(*) as total,
				       sum(case when c.customer_class = 'C' or v.customer_was_prospect then 1 else 0 end) as small
				from visit v join customer c on c.id = v.customer_id
				where v.status = 'COMPLETED' and v.visit_date between :from and :to group by v.rep_id""")
			.param("from", period.from())
			.param("to", period.to())
			.query(Split.class)
			.list()
			.forEach((split) -> put(figures, split.repId(), SMALL_VISIT_SHARE, share(split.small(), split.total())));
		orders.lowMargin().byOwner().forEach((rep, share) -> {
			put(figures, rep, LOW_MARGIN_SHARE, share);
			put(figures, rep, COMPANY_LOW_MARGIN_SHARE, orders.lowMargin().company());
		});
		return figures;
	}

	private OrderShares readOrderShares(KpiPeriod period) {
		List<Sold> byCustomer = this.jdbc.sql("""
				select o.owner_id, o.customer_id as item_id, sum(o.net_amount) as sales, sum(o.cost) as cost
				from sales_order o
				where o.status in ('CONFIRMED', 'DELIVERED') and o.order_date between :from and :to
				  and o.owner_id is not null
				group by o.owner_id, o.customer_id""")
			.param("from", period.from())
			.param("to", period.to())
			.query(Sold.class)
			.list();
		List<Sold> byProduct = this.jdbc.sql("""
				select coalesce(o.owner_id, 0) as owner_id, l.product_id as item_id, sum(l.net_amount) as sales,
				       sum(l.cost) as cost
				from order_line l join sales_order o on o.id = l.order_id
				where o.status in ('CONFIRMED', 'DELIVERED') and o.order_date between :from and :to
				group by coalesce(o.owner_id, 0), l.product_id""")
			.param("from", period.from())
			.param("to", period.to())
			.query(Sold.class)
			.list();
		return new OrderShares(topThreeShares(byCustomer), lowMarginShares(byProduct));
	}

	private static void put(Map<Long, Map<String, BigDecimal>> figures, long rep, String code, BigDecimal value) {
		if (value != null) {
			figures.computeIfAbsent(rep, (k) -> new HashMap<>()).put(code, value);
		}
	}

	static BigDecimal share(long part, long whole) {
		return (whole == 0) ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
	}

	static BigDecimal share(BigDecimal part, BigDecimal whole) {
		return (whole.signum() == 0) ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
	}

	/** Owner → the three largest customers' share of the owner's sales. */
	static Map<Long, BigDecimal> topThreeShares(List<Sold> byCustomer) {
		Map<Long, List<BigDecimal>> sales = new HashMap<>();
		byCustomer.forEach((sold) -> sales.computeIfAbsent(sold.ownerId(), (k) -> new ArrayList<>()).add(sold.sales()));
		Map<Long, BigDecimal> shares = new HashMap<>();
		sales.forEach((owner, amounts) -> {
			BigDecimal total = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal top = amounts.stream()
				.sorted(Comparator.reverseOrder())
				.limit(3)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal share = (total.signum() > 0) ? share(top, total) : null;
			if (share != null) {
				shares.put(owner, share);
			}
		});
		return shares;
	}

	/**
	 * The company's share of sales in its lowest-margin quartile of products, and each
	 * owner's.
	 */
	record LowMargin(Set<Long> products, BigDecimal company, Map<Long, BigDecimal> byOwner) {
	}

	static LowMargin lowMarginShares(List<Sold> byProduct) {
		Map<Long, BigDecimal[]> products = new HashMap<>();
		for (Sold sold : byProduct) {
			BigDecimal[] sums = products.computeIfAbsent(sold.itemId(),
					(k) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			sums[0] = sums[0].add(sold.sales());
			sums[1] = sums[1].add(sold.cost());
		}
		Map<Long, BigDecimal> rates = new HashMap<>();
		products.forEach((product, sums) -> {
			if (sums[0].signum() > 0) {
				rates.put(product, sums[0].subtract(sums[1]).divide(sums[0], 8, RoundingMode.HALF_UP));
			}
		});
		Set<Long> lowest = new HashSet<>();
		if (!rates.isEmpty()) {
			List<BigDecimal> sorted = rates.values().stream().sorted().toList();
			BigDecimal cutoff = sorted.get((sorted.size() + 3) / 4 - 1);
			rates.forEach((product, rate) -> {
				if (rate.compareTo(cutoff) <= 0) {
					lowest.add(product);
				}
			});
		}
		Map<Long, BigDecimal[]> owners = new HashMap<>();
		BigDecimal companyLow = BigDecimal.ZERO;
		BigDecimal companyAll = BigDecimal.ZERO;
		for (Sold sold : byProduct) {
			boolean low = lowest.contains(sold.itemId());
			companyAll = companyAll.add(sold.sales());
			companyLow = low ? companyLow.add(sold.sales()) : companyLow;
			if (sold.ownerId() != 0) {
				BigDecimal[] sums = owners.computeIfAbsent(sold.ownerId(),
						(k) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
				sums[0] = low ? sums[0].add(sold.sales()) : sums[0];
				sums[1] = sums[1].add(sold.sales());
			}
		}
		Map<Long, BigDecimal> byOwner = new HashMap<>();
		owners.forEach((owner, sums) -> {
			if (sums[1].signum() > 0) {
				byOwner.put(owner, share(sums[0], sums[1]));
			}
		});
		return new LowMargin(lowest, (companyAll.signum() > 0) ? share(companyLow, companyAll) : null, byOwner);
	}

}
