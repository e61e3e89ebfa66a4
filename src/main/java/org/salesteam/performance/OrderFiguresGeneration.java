package org.salesteam.performance;

/**
 * The generation of the figures derived from placed orders (the KPI engine's sales
 * rollup): raised once after every commit that places, cancels or imports orders, on
 * every node. A module that keeps its own figures derived from placed orders (order
 * totals, order lines, their owners) may keep them in memory keyed by this number; it
 * must read the number <em>before</em> it reads the orders, so that figures kept under
 * generation {@code g} never miss a commit that raised it to {@code g}. Figures that also
 * depend on customers, visits or opportunities must not be keyed by it alone.
 */
public interface OrderFiguresGeneration {

	long current();

}
