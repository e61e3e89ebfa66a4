package org.salesteam.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.platform.UserPrincipal;

/**
 * The sales module's watch list for other modules' pages (each role's home): the open
 * pipeline by stage and the deals expected to close in a range, overdue receivables and
 * the regular buyers whose next order is overdue. Every figure is counted over exactly
 * the records the user's opportunity or order list shows (the same visibility), so a
 * figure and the list it links to agree.
 */
public interface SalesAlerts {

	/** Open opportunities in one stage. */
	record StageFigure(OpportunityStage stage, long count, BigDecimal amount) {
	}

	/** An open opportunity expected to close in the range. */
	record Deal(long id, String name, long customerId, String customerName, String ownerName, OpportunityStage stage,
			BigDecimal amount, LocalDate expectedClose) {
	}

	/**
	 * The open pipeline by stage (every open stage, in order, zeros included) and the
	 * open deals expected to close in the range: how many, their amount and the largest
	 * few.
	 */
	record Pipeline(List<StageFigure> stages, LocalDate closingFrom, LocalDate closingTo, long closingCount,
			BigDecimal closingAmount, List<Deal> closing) {

		public long openCount() {
			return this.stages.stream().mapToLong(StageFigure::count).sum();
		}

		public BigDecimal openAmount() {
			return this.stages.stream().map(StageFigure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/** Orders with an overdue receivable and the overdue (invoiced − paid) amount. */
	record Overdue(long orders, BigDecimal amount) {
	}

	/**
	 * A regular buyer whose next order is overdue: {@code orders} placed orders in the
	 * last twelve months, the last on {@code lastOrder}, usually every {@code usualDays}
	 * days.
	 */
	record DueCustomer(long customerId, String name, int orders, LocalDate lastOrder, long usualDays, long daysSince) {
	}

	/**
	 * The regular buyers whose next order is overdue, the freshly overdue first (they
	 * still buy: a call now keeps them).
	 */
	record DueCustomers(int total, List<DueCustomer> first) {
	}

	Pipeline pipeline(UserPrincipal user, LocalDate closingFrom, LocalDate closingTo, int limit);

	Overdue overdueReceivables(UserPrincipal user);

	/**
	 * Customers with at least three placed orders in the last twelve months, the last
	 * within 180 days, whose days since the last one exceed one and a half times their
	 * average interval, and at least 30: the buyers to call for their next order.
	 */
	DueCustomers customersDueForOrder(UserPrincipal user, int limit);

}
