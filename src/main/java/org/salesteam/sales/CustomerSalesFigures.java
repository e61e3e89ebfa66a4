package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A customer's headline sales figures for the customer 360 page and for other modules. No
 * user visibility applies: callers check it.
 */
public interface CustomerSalesFigures {

	/**
	 * Sales are net line amounts of placed orders (confirmed or delivered) by order date
	 * in the calendar year of the business clock; profit is net amount − cost of the same
	 * orders; receivables are invoiced − paid of non-cancelled orders, overdue when past
	 * their due date.
	 */
	record Figures(BigDecimal salesThisYear, BigDecimal salesLastYear, BigDecimal profitThisYear,
			BigDecimal openReceivables, BigDecimal overdueReceivables, int overdueOrders, int oldestOverdueDays) {

		public boolean overdue() {
			return this.overdueOrders > 0;
		}

	}

	Figures of(long customerId);

	/**
	 * Sales (net line amounts of placed, i.e. non-cancelled and not held, orders) of each
	 * customer with an order date in {@code [from, to]}; a customer without any maps to
	 * zero.
	 */
	Map<Long, BigDecimal> salesBetween(Collection<Long> customerIds, LocalDate from, LocalDate to);

	/**
	 * Gross profit (net amount − cost of placed orders) of each customer with an order
	 * date in {@code [from, to]}; a customer without any maps to zero.
	 */
	Map<Long, BigDecimal> profitBetween(Collection<Long> customerIds, LocalDate from, LocalDate to);

	/** A customer's sales of one product in a window. */
	record ProductSales(long customerId, long productId, BigDecimal amount) {
	}

	/** A product on an open opportunity of a customer. */
	record OpenProduct(long customerId, long productId) {
	}

	/**
	 * Sales (placed orders' net line amounts) of each customer and product with an order
	 * date in {@code [from, to]}; only pairs with sales are listed.
	 */
	List<ProductSales> salesByProduct(Collection<Long> customerIds, LocalDate from, LocalDate to);

	/**
	 * The products on the lines of the customers' open opportunities (stages needs to
	 * demo), as they stand now.
	 */
	List<OpenProduct> openOpportunityProducts(Collection<Long> customerIds);

}
