package org.salesteam.motivation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.sales.OrderExports;
import org.salesteam.sales.OrderImports;

import org.springframework.stereotype.Component;

/**
 * Shapes the demo orders of a contest's reps so that its evaluation tells a story (ADR
 * 0039): the placed orders of those reps in a span of days are scaled to a wanted total
 * by their quantities (whole units, at least one), through {@code sales}'
 * {@link OrderImports} so that the KPI rollups follow. Only the order lines change;
 * invoices and payments stay as they were (receivables are computed from the invoices).
 */
@Component
class DemoContestOrders {

	private final OrderExports exports;

	private final OrderImports imports;

	DemoContestOrders(OrderExports exports, OrderImports imports) {
		this.exports = exports;
		this.imports = imports;
	}

	/**
	 * Scales the reps' placed orders from {@code from} to {@code to} so that they sum to
	 * about {@code total}; {@code marginLift} (a fraction, 0 for none) lowers their cost
	 * so that their margin rate rises by that much.
	 */
	void scale(UserPrincipal viewer, Set<String> reps, LocalDate from, LocalDate to, BigDecimal total,
			BigDecimal marginLift, LocalDate today) {
		List<String> numbers = new ArrayList<>();
		BigDecimal[] sums = { BigDecimal.ZERO, BigDecimal.ZERO };
		this.exports.orders(viewer,
				new OrderExports.Criteria(null, null, from, to, null, null, null, false, "date", false, null, null),
				(row) -> {
					if (row.repUsername() != null && reps.contains(row.repUsername()) && row.status().isPlaced()) {
						numbers.add(row.orderNumber());
						sums[0] = sums[0].add(row.netAmount());
						sums[1] = sums[1].add(row.cost());
					}
				});
		if (numbers.isEmpty() || sums[0].signum() == 0) {
			return;
		}
		BigDecimal factor = total.divide(sums[0], 6, RoundingMode.HALF_UP);
		BigDecimal rate = BigDecimal.ONE.subtract(sums[1].divide(sums[0], 6, RoundingMode.HALF_UP));
		BigDecimal costFactor = (marginLift.signum() > 0 && rate.compareTo(BigDecimal.ONE) < 0)
				? BigDecimal.ONE.subtract(rate)
					.subtract(marginLift)
					.divide(BigDecimal.ONE.subtract(rate), 6, RoundingMode.HALF_UP)
				: BigDecimal.ONE;
		List<OrderImports.OrderChange> changes = new ArrayList<>();
		for (OrderImports.StoredOrder order : this.imports.findOrders(numbers).values()) {
			List<OrderImports.ImportedLine> lines = new ArrayList<>();
			order.lines().values().forEach((line) -> lines.add(scaled(line, factor, costFactor)));
			changes.add(new OrderImports.OrderChange(order.id(), null, null, null, false, List.of(), lines));
		}
		this.imports.changeOrders(changes, today);
	}

	private static OrderImports.ImportedLine scaled(OrderImports.ImportedLine line, BigDecimal factor,
			BigDecimal costFactor) {
		BigDecimal quantity = line.quantity().multiply(factor).setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
		BigDecimal ratio = (line.quantity().signum() > 0) ? quantity.divide(line.quantity(), 10, RoundingMode.HALF_UP)
				: BigDecimal.ONE;
		BigDecimal net = line.netAmount().multiply(ratio).setScale(2, RoundingMode.HALF_UP);
		BigDecimal cost = line.cost().multiply(ratio).multiply(costFactor).setScale(2, RoundingMode.HALF_UP);
		return new OrderImports.ImportedLine(line.lineNo(), line.productId(), quantity, line.unitPrice(),
				line.discount(), net, cost);
	}

}
