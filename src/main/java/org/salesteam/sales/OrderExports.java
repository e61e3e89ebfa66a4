package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.salesteam.platform.UserPrincipal;

/**
 * The order list and the order-line list row by row, for exports: the lists' filters and
 * the user's visibility (by the order's rep) applied in SQL, streamed with a fetch size
 * in one read-only transaction; {@code sink} is called once per row, in list order.
 */
public interface OrderExports {

	/**
	 * The order list's filters, plus product and category for the line list; {@code sort}
	 * is one of the order list's sort keys, anything else sorts by date.
	 */
	record Criteria(String q, OrderStatus status, LocalDate from, LocalDate to, Long ownerId, Long territoryId,
			Long customerId, boolean overdue, String sort, boolean descending, Long productId, String category) {

		public static Criteria everything() {
			return new Criteria(null, null, null, null, null, null, null, false, "date", true, null, null);
		}

	}

	/** One order with the codes and names of what it refers to. */
	record OrderRow(String orderNumber, LocalDate orderDate, String customerCode, String customerName,
			String repUsername, String repName, String territoryCode, OrderStatus status, BigDecimal netAmount,
			BigDecimal cost, LocalDate deliveredOn, LocalDate cancelledOn, String cancelReason, LocalDate invoicedOn,
			BigDecimal invoiceAmount, BigDecimal paidAmount, LocalDate dueDate) {
	}

	/** One order line with its order, customer, rep, territory and product. */
	record LineRow(String orderNumber, String lineNo, LocalDate orderDate, String customerCode, String customerName,
			String segmentName, String territoryCode, String repUsername, String productCode, String productName,
			String productCategory, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount,
			BigDecimal netAmount, BigDecimal cost, OrderStatus status) {
	}

	void orders(UserPrincipal user, Criteria criteria, Consumer<OrderRow> sink);

	/** Lines of the matching orders, by order date (newest first), order and line. */
	void lines(UserPrincipal user, Criteria criteria, Consumer<LineRow> sink);

}
