package org.salesteam.coaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderExports;
import org.salesteam.sales.OrderImports;

import org.springframework.stereotype.Component;

/**
 * Shapes the demo orders so that the coaching effect tells a believable story (ADR 0045).
 * The demo orders are random and each team has one uncoached rep, so the difference in
 * differences was noise (manager1's coached reps grew less than their teammate). For each
 * completed demo session whose 8 weeks after are over, oldest first, the coached rep's
 * placed orders in the 56 days from the review day are scaled (whole quantities, through
 * {@code sales}' {@link OrderImports}, so that the KPI rollups follow) so that the rep's
 * growth of sales equals the uncoached teammates' mean growth plus a lift: mostly 14–24
 * points, one session in five 3 points less — coaching does not always work.
 * <p>
 * Zero-sum per day: what the rep's orders gain or lose on a day, the other reps' orders
 * of that day give up or get back in proportion, so that every day's company total — and
 * so every contest window the contests' demo shaped before (ADR 0039) — stays as it was.
 * A later session reshapes days an earlier one's windows share, and the compensation
 * touches the teammates a little, so each session's effect is near its lift, not exactly
 * it. Invoices and payments stay as they were.
 */
@Component
class DemoCoachingOrders {

	/**
	 * The lift of each shaped session in turn, in points of growth over the teammates'.
	 */
	private static final List<BigDecimal> LIFTS = List.of(new BigDecimal("0.20"), new BigDecimal("0.14"),
			new BigDecimal("0.24"), new BigDecimal("-0.03"), new BigDecimal("0.16"));

	/**
	 * The most a day's other orders give up: a gain beyond it is not made on that day.
	 */
	private static final BigDecimal MOST_GIVEN = new BigDecimal("0.5");

	/**
	 * A completed session to shape: the rep, the review day, the uncoached teammates, and
	 * the reps whose orders make up for the rep's: the contests' participants (every
	 * active rep of an active team) of the other teams, so that neither the rep's
	 * teammates nor their sessions are touched.
	 */
	record Coached(String rep, LocalDate day, List<String> peers, Set<String> pool) {
	}

	/** A placed order as exported: its number, rep, day and net amount. */
	private record Placed(String number, String rep, LocalDate day, BigDecimal net) {
	}

	private final OrderExports exports;

	private final OrderImports imports;

	DemoCoachingOrders(OrderExports exports, OrderImports imports) {
		this.exports = exports;
		this.imports = imports;
	}

	/** Shapes the session at {@code index} of the demo's eligible sessions. */
	void shape(UserPrincipal viewer, Coached session, int index, LocalDate today) {
		int days = CoachingEffect.WINDOW_DAYS;
		List<Placed> before = placed(viewer, session.day().minusDays(days), session.day().minusDays(1));
		List<Placed> after = placed(viewer, session.day(), session.day().plusDays(days - 1));
		List<BigDecimal> peerGrowths = session.peers()
			.stream()
			.filter((peer) -> sum(before, peer).signum() > 0)
			.map((peer) -> sum(after, peer).divide(sum(before, peer), 6, RoundingMode.HALF_UP).subtract(BigDecimal.ONE))
			.toList();
		BigDecimal peerGrowth = peerGrowths.isEmpty() ? BigDecimal.ZERO
				: peerGrowths.stream()
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(peerGrowths.size()), 6, RoundingMode.HALF_UP);
		BigDecimal target = sum(before, session.rep())
			.multiply(BigDecimal.ONE.add(peerGrowth).add(LIFTS.get(index % LIFTS.size())));
		BigDecimal repAfter = sum(after, session.rep());
		if (target.signum() <= 0 || repAfter.signum() <= 0) {
			return;
		}
		BigDecimal factor = target.divide(repAfter, 6, RoundingMode.HALF_UP);
		Map<LocalDate, BigDecimal> repDays = new HashMap<>();
		Map<LocalDate, BigDecimal> poolDays = new HashMap<>();
		for (Placed order : after) {
			if (order.rep().equals(session.rep())) {
				repDays.merge(order.day(), order.net(), BigDecimal::add);
			}
			else if (session.pool().contains(order.rep())) {
				poolDays.merge(order.day(), order.net(), BigDecimal::add);
			}
		}
		Map<String, BigDecimal> factors = new HashMap<>();
		for (Map.Entry<LocalDate, BigDecimal> day : repDays.entrySet()) {
			BigDecimal others = poolDays.getOrDefault(day.getKey(), BigDecimal.ZERO);
			BigDecimal gain = day.getValue().multiply(factor.subtract(BigDecimal.ONE)).min(others.multiply(MOST_GIVEN));
			if (others.signum() <= 0 || day.getValue().signum() <= 0) {
				continue;
			}
			BigDecimal repFactor = BigDecimal.ONE.add(gain.divide(day.getValue(), 6, RoundingMode.HALF_UP));
			BigDecimal othersFactor = BigDecimal.ONE.subtract(gain.divide(others, 6, RoundingMode.HALF_UP));
			for (Placed order : after) {
				if (order.day().equals(day.getKey())) {
					if (order.rep().equals(session.rep())) {
						factors.put(order.number(), repFactor);
					}
					else if (session.pool().contains(order.rep())) {
						factors.put(order.number(), othersFactor);
					}
				}
			}
		}
		List<OrderImports.OrderChange> changes = new ArrayList<>();
		for (OrderImports.StoredOrder order : this.imports.findOrders(factors.keySet()).values()) {
			BigDecimal orderFactor = factors.get(order.orderNumber());
			List<OrderImports.ImportedLine> lines = order.lines()
				.values()
				.stream()
				.map((line) -> scaled(line, orderFactor))
				.toList();
			changes.add(new OrderImports.OrderChange(order.id(), null, null, null, false, List.of(), lines));
		}
		this.imports.changeOrders(changes, today);
	}

	private static BigDecimal sum(List<Placed> orders, String rep) {
		return orders.stream()
			.filter((order) -> order.rep().equals(rep))
			.map(Placed::net)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private List<Placed> placed(UserPrincipal viewer, LocalDate from, LocalDate to) {
		List<Placed> orders = new ArrayList<>();
		this.exports.orders(viewer,
				new OrderExports.Criteria(null, null, from, to, null, null, null, false, "date", false, null, null),
				(row) -> {
					if (row.repUsername() != null && row.status().isPlaced()) {
						orders.add(new Placed(row.orderNumber(), row.repUsername(), row.orderDate(), row.netAmount()));
					}
				});
		return orders;
	}

	/**
	 * A line with its quantity scaled to whole units (at least one), net and cost alike.
	 */
	private static OrderImports.ImportedLine scaled(OrderImports.ImportedLine line, BigDecimal factor) {
		BigDecimal quantity = line.quantity().multiply(factor).setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
		BigDecimal ratio = (line.quantity().signum() > 0) ? quantity.divide(line.quantity(), 10, RoundingMode.HALF_UP)
				: BigDecimal.ONE;
		return new OrderImports.ImportedLine(line.lineNo(), line.productId(), quantity, line.unitPrice(),
				line.discount(), line.netAmount().multiply(ratio).setScale(2, RoundingMode.HALF_UP),
				line.cost().multiply(ratio).setScale(2, RoundingMode.HALF_UP));
	}

}
