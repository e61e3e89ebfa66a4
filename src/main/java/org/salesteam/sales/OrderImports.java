package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Bulk reads and writes of orders and their lines for file imports, as JDBC batches in
 * the caller's transaction. The caller has checked rights, customers, reps and products;
 * these methods keep the order's own rules: the header's net amount and cost are the sums
 * of its lines, a cancelled order has a cancellation date and reason, ids come from the
 * application sequence. Imported orders are history: no credit check applies. The caller
 * tells the customer module about first orders ({@link #firstPlacedOrderDates}).
 */
public interface OrderImports {

	/** The reason stored on orders cancelled by an import. */
	String CANCEL_REASON = "imported";

	/**
	 * A line as stored or to be stored, by its key in the order ({@link OrderLine});
	 * amounts complete (see {@link OrderLine#of}).
	 */
	record ImportedLine(String lineNo, long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount,
			BigDecimal netAmount, BigDecimal cost) {

		/** Equal values, whatever the scale of the numbers. */
		public boolean sameAs(ImportedLine other) {
			return other != null && this.lineNo.equals(other.lineNo) && this.productId == other.productId
					&& same(this.quantity, other.quantity) && same(this.unitPrice, other.unitPrice)
					&& same(this.discount, other.discount) && same(this.netAmount, other.netAmount)
					&& same(this.cost, other.cost);
		}

		private static boolean same(BigDecimal a, BigDecimal b) {
			return a.compareTo(b) == 0;
		}

	}

	/** A stored order with its lines by line key. */
	record StoredOrder(long id, int version, String orderNumber, long customerId, LocalDate orderDate, Long ownerId,
			Long territoryId, OrderStatus status, Map<String, ImportedLine> lines) {
	}

	/** An order to register; {@code status} CONFIRMED, DELIVERED or CANCELLED. */
	record NewImportedOrder(String orderNumber, long customerId, LocalDate orderDate, Long ownerId, Long territoryId,
			OrderStatus status, List<ImportedLine> lines) {
	}

	/**
	 * What changes on a stored order: the header (date, rep, territory; null keeps),
	 * cancellation, lines to add and lines to replace (by line number).
	 */
	record OrderChange(long orderId, LocalDate orderDate, Long ownerId, Long territoryId, boolean cancel,
			List<ImportedLine> added, List<ImportedLine> changed) {
	}

	/** The stored orders with these numbers, by number. */
	Map<String, StoredOrder> findOrders(Collection<String> orderNumbers);

	/**
	 * Registers the orders with their lines; a cancelled one is cancelled {@code on} for
	 * {@link #CANCEL_REASON}. Answers their ids by number.
	 */
	Map<String, Long> createOrders(List<NewImportedOrder> orders, long byUserId, LocalDate on);

	/** Writes the changes and the orders' new totals; each order's version goes up. */
	void changeOrders(List<OrderChange> changes, LocalDate on);

	/** The date of each customer's earliest order that is not cancelled (or on hold). */
	Map<Long, LocalDate> firstPlacedOrderDates(Collection<Long> customerIds);

}
